import { BooleanInput, DataTable, SelectField, SelectInput, TextInput } from 'react-admin';
import { LocaleDateField } from '../common/fields.tsx';
import { referenceFilter } from '../common/filters.tsx';
import { ResourceList } from '../common/ResourceList.tsx';
import { requestColumns } from './export.ts';
import { OPEN_CHOICES, RequestStatusField, SOURCES, STATUSES } from './fields.tsx';

// `handlingOrganizationId` is a level's inbox (what it holds now); `under` the requests
// that arose in a subtree, wherever they went since.
const filters = [
  <SelectInput key="status" source="status" choices={STATUSES} alwaysOn />,
  <SelectInput key="source" source="source" choices={SOURCES} />,
  <TextInput key="category" source="category" />,
  referenceFilter('handlingOrganizationId'),
  referenceFilter('under'),
  referenceFilter('gridId', 'grids'),
  <SelectInput key="open" source="open" choices={OPEN_CHOICES} />,
  <BooleanInput key="overdue" source="overdue" />,
];

export const RequestList = () => (
  <ResourceList filters={filters} csvColumns={requestColumns}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="category" disableSort />
      <DataTable.Col source="source" disableSort>
        <SelectField source="source" choices={SOURCES} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <RequestStatusField />
      </DataTable.Col>
      <DataTable.Col source="originOrganizationName" disableSort />
      <DataTable.Col source="handlingOrganizationName" disableSort />
      <DataTable.Col source="receivedAt" disableSort>
        <LocaleDateField source="receivedAt" />
      </DataTable.Col>
      <DataTable.Col source="deadline" disableSort>
        <LocaleDateField source="deadline" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ResourceList>
);
