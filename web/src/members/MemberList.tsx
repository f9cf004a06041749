import { BooleanField, DataTable, SearchInput, SelectInput } from 'react-admin';
import { LocaleDateField } from '../common/fields.tsx';
import { referenceFilter } from '../common/filters.tsx';
import { ResourceList } from '../common/ResourceList.tsx';
import { memberColumns } from './export.ts';
import { BASES, REPORTED_CHOICES } from './fields.tsx';

// `basis` is the API's: a subtree's members are those of its organizations (reported or
// not) or those reported to its grids (双报到), whatever organization they belong to.
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  referenceFilter('organizationId'),
  referenceFilter('gridId', 'grids'),
  <SelectInput key="basis" source="basis" choices={BASES} />,
  <SelectInput key="reported" source="reported" choices={REPORTED_CHOICES} />,
  referenceFilter('under'),
];

const fulfilled = (commitments?: { status: string }[]) =>
  `${commitments?.filter((c) => c.status === 'FULFILLED').length ?? 0} / ${commitments?.length ?? 0}`;

export const MemberList = () => (
  <ResourceList filters={filters} csvColumns={memberColumns}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="organizationName" disableSort />
      <DataTable.Col source="reported" disableSort>
        <BooleanField source="reported" />
      </DataTable.Col>
      <DataTable.Col source="grid.name" disableSort />
      <DataTable.Col source="post" disableSort />
      <DataTable.Col
        source="commitments"
        disableSort
        render={(record) => fulfilled(record.commitments)}
      />
      <DataTable.Col source="reportedAt" disableSort>
        <LocaleDateField source="reportedAt" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ResourceList>
);
