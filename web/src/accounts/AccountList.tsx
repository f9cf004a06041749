import { Chip } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  type RaRecord,
  SearchInput,
  SelectField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ACCOUNT_KINDS, choices, ROLES } from '../common/choices.ts';
import { LocaleDateField } from '../common/fields.tsx';
import { ListFilterForm } from '../common/ListFilterForm.tsx';
import { ListPagination } from '../common/ListPagination.tsx';

// part of the login or the display name
const filters = [<SearchInput key="q" source="q" alwaysOn />];

const Status = ({ record }: { record: Partial<RaRecord> }) => {
  const translate = useTranslate();
  if (record.disabled)
    return <Chip size="small" label={translate('grassroots.accounts.disabled')} />;
  if (record.lockedUntil && Date.parse(record.lockedUntil) > Date.now()) {
    return <Chip size="small" color="warning" label={translate('grassroots.accounts.locked')} />;
  }
  return (
    <Chip
      size="small"
      color="success"
      variant="outlined"
      label={translate('grassroots.accounts.active')}
    />
  );
};

const Scope = ({ record }: { record: Partial<RaRecord> }) => {
  const translate = useTranslate();
  return <>{record.scope?.name ?? translate('grassroots.identity.wholeRegion')}</>;
};

/** 账户管理: the accounts scoped inside the administrator's subtree. */
export const AccountList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    exporter={false}
    filters={<ListFilterForm filters={filters} />}
    pagination={<ListPagination />}
    perPage={25}
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="login" disableSort />
      <DataTable.Col source="displayName" disableSort />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={choices('AccountKind', ACCOUNT_KINDS)} />
      </DataTable.Col>
      <DataTable.Col source="role" disableSort>
        <SelectField source="role" choices={choices('Role', ROLES)} />
      </DataTable.Col>
      <DataTable.Col
        source="scopeOrgId"
        disableSort
        render={(record) => <Scope record={record} />}
      />
      <DataTable.Col
        source="disabled"
        label="grassroots.accounts.status"
        disableSort
        render={(record) => <Status record={record} />}
      />
      <DataTable.Col source="lastLoginAt" disableSort>
        <LocaleDateField source="lastLoginAt" showTime emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
