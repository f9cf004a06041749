import { Autocomplete, Box, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, Title, useGetList, useStore, useTranslate } from 'react-admin';
import { StatsPanel } from './StatsPanel.tsx';

interface Scope {
  id: string;
  name: string;
}

/** 数据概览: the figures of the chosen organization's subtree, the whole region by default. */
export const Dashboard = () => {
  const translate = useTranslate();
  const [scope, setScope] = useStore<Scope | null>('dashboard.scope', null);
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList<RaRecord>('organizations', {
    filter: search ? { q: search } : { type: 'CITY_COMMITTEE' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="ra.page.dashboard" />
      <Autocomplete
        options={data.map((o) => ({ id: String(o.id), name: String(o.name) }))}
        loading={isPending}
        value={scope}
        onChange={(_event, value) => setScope(value)}
        onInputChange={(_event, value, reason) => {
          if (reason === 'input') setSearch(value);
        }}
        filterOptions={(all) => all}
        getOptionLabel={(o) => o.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        sx={{ maxWidth: 480 }}
        renderInput={(params) => (
          <TextField
            {...params}
            label={translate('grassroots.dashboard.scope')}
            placeholder={translate('grassroots.dashboard.region')}
            InputLabelProps={{ shrink: true }}
          />
        )}
      />
      <StatsPanel organizationId={scope?.id ?? null} />
    </Box>
  );
};
