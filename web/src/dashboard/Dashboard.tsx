import { Autocomplete, Box, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, Title, useGetList, useStore, useTranslate } from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';
import { StatsPanel } from './StatsPanel.tsx';

interface Scope {
  id: string;
  name: string;
}

/**
 * 数据概览: the figures of the chosen organization's subtree. By default those of everything
 * the account may see: the whole region for a region administrator, the subtree of the
 * account's organization otherwise (the API's regionStats answers either).
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const account = useAccount();
  const root = account?.scope ?? null;
  const [scope, setScope] = useStore<Scope | null>('dashboard.scope', null);
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList<RaRecord>(
    'organizations',
    {
      filter: search
        ? { q: search, under: root?.id }
        : root
          ? { under: root.id }
          : { type: 'CITY_COMMITTEE' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled: account !== undefined },
  );
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
            placeholder={
              root
                ? translate('grassroots.dashboard.ownScope', { name: root.name })
                : translate('grassroots.dashboard.region')
            }
            InputLabelProps={{ shrink: true }}
          />
        )}
      />
      <StatsPanel organizationId={scope?.id ?? null} />
    </Box>
  );
};
