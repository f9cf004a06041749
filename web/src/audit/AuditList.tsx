import { Link } from '@mui/material';
import {
  DataTable,
  DateInput,
  FilterButton,
  List,
  type RaRecord,
  TextInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/fields.tsx';
import { ListFilterForm } from '../common/ListFilterForm.tsx';
import { ListPagination } from '../common/ListPagination.tsx';
import { ActorInput } from './ActorInput.tsx';
import { Changes } from './Changes.tsx';
import { RecordCell } from './RecordCell.tsx';

const filters = [
  <TextInput key="recordId" source="recordId" />,
  <ActorInput key="actorId" source="actorId" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

/** Who did it: the login (a click shows only this actor's entries) and the role then held. */
const Actor = ({ record }: { record: Partial<RaRecord> }) => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  return (
    <>
      <Link
        component="button"
        type="button"
        variant="body2"
        onClick={() =>
          setFilters(
            { ...filterValues, actorId: record.actorId },
            { ...displayedFilters, actorId: true },
          )
        }
      >
        {record.actorLogin}
      </Link>
      <br />
      {translate(`enums.Role.${record.actorRole}`, { _: String(record.actorRole) })}
    </>
  );
};

const Operation = ({ record }: { record: Partial<RaRecord> }) => {
  const translate = useTranslate();
  const operation = String(record.operation);
  return <>{translate(`enums.AuditOperation.${operation}`, { _: operation })}</>;
};

/**
 * 操作日志: the audit trail of the administrator's subtree, newest first (the API's order),
 * filtered by record, actor and days. Read-only: no API changes or removes an entry.
 */
export const AuditList = () => (
  <List
    filters={<ListFilterForm filters={filters} />}
    actions={
      <TopToolbar>
        <FilterButton filters={filters} />
      </TopToolbar>
    }
    exporter={false}
    pagination={<ListPagination />}
    perPage={25}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="at" disableSort>
        <LocaleDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col
        source="actorLogin"
        disableSort
        render={(record) => <Actor record={record} />}
      />
      <DataTable.Col
        source="operation"
        disableSort
        render={(record) => <Operation record={record} />}
      />
      <DataTable.Col
        source="recordId"
        disableSort
        render={(record) => <RecordCell record={record} />}
      />
      <DataTable.Col
        source="changes"
        disableSort
        render={(record) => <Changes record={record} />}
      />
      <DataTable.Col source="clientAddress" disableSort />
    </DataTable>
  </List>
);
