import { Autocomplete, type SxProps, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useGetList } from 'react-admin';

/**
 * An organization found by name: the API searches as one types (50 at a time, within
 * `filter`; `untyped` narrows what is listed before anything is typed), and `offer` leaves
 * out what the caller cannot take. The API still decides; its word on the choice comes
 * back as `error`, under the field.
 */
export const OrganizationPicker = ({
  filter = {},
  untyped = {},
  offer = () => true,
  enabled = true,
  value,
  onChange,
  label,
  hint,
  placeholder,
  error,
  noOptionsText,
  required = false,
  sx,
}: {
  filter?: Record<string, unknown>;
  untyped?: Record<string, unknown>;
  offer?: (organization: RaRecord) => boolean;
  enabled?: boolean;
  value: RaRecord | null;
  onChange: (value: RaRecord | null) => void;
  label: string;
  hint?: string;
  placeholder?: string;
  error?: string | null;
  noOptionsText?: string;
  required?: boolean;
  sx?: SxProps;
}) => {
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList<RaRecord>(
    'organizations',
    {
      filter: { ...filter, ...(search ? { q: search } : untyped) },
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
      {...(sx ? { sx } : {})}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={Boolean(error)}
          helperText={error || hint}
          {...(placeholder ? { placeholder, InputLabelProps: { shrink: true } } : {})}
          {...(hint || error ? { margin: 'normal' as const } : {})}
        />
      )}
    />
  );
};
