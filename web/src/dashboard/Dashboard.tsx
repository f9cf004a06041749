import { Box } from '@mui/material';
import { Title, useStore, useTranslate } from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';
import { OrganizationPicker } from '../common/OrganizationPicker.tsx';
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
  return (
    <Box sx={{ p: 2 }}>
      <Title title="ra.page.dashboard" />
      <OrganizationPicker
        // the whole region starts from its city committees; a scoped account from its own
        filter={root ? { under: root.id } : {}}
        untyped={root ? {} : { type: 'CITY_COMMITTEE' }}
        enabled={account !== undefined}
        value={scope}
        // kept in the store: only what the panel needs
        onChange={(value) => setScope(value && { id: String(value.id), name: String(value.name) })}
        label={translate('grassroots.dashboard.scope')}
        placeholder={
          root
            ? translate('grassroots.dashboard.ownScope', { name: root.name })
            : translate('grassroots.dashboard.region')
        }
        sx={{ maxWidth: 480 }}
      />
      <StatsPanel organizationId={scope?.id ?? null} />
    </Box>
  );
};
