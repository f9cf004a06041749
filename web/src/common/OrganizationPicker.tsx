import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useGetList } from 'react-admin';

/**
 * An organization found by name in a dialog: the API searches as one types (50 at a time,
 * within `filter`), and `offer` leaves out what the dialog cannot take. The API still
 * decides; its word on the choice comes back as `error`, under the field.
 */
export const OrganizationPicker = ({
  filter = {},
  offer = () => true,
  enabled = true,
  value,
  onChange,
  label,
  hint,
  error,
  noOptionsText,
  required = false,
}: {
  filter?: Record<string, unknown>;
  offer?: (organization: RaRecord) => boolean;
  enabled?: boolean;
  value: RaRecord | null;
  onChange: (value: RaRecord | null) => void;
  label: string;
  hint: string;
  error?: string | null;
  noOptionsText?: string;
  required?: boolean;
}) => {
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList<RaRecord>(
    'organizations',
    {
      filter: { ...filter, ...(search ? { q: search } : {}) },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled },
  );
  return (
    <Autocomplete
      options={data.filter(offer)}
      loading={isPending}
      value={value}
      onChange={(_event, chosen) => onChange(chosen)}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setSearch(text);
      }}
      // the API has searched already
      filterOptions={(all) => all}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      {...(noOptionsText ? { noOptionsText } : {})}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={Boolean(error)}
          helperText={error || hint}
          margin="normal"
        />
      )}
    />
  );
};
