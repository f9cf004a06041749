import { DataTable, SearchInput, SelectField, SelectInput } from 'react-admin';
import { referenceFilter } from '../common/filters.tsx';
import { ResourceList } from '../common/ResourceList.tsx';
import { projectColumns } from './export.ts';
import { FundsField, KINDS, STATUSES, StatusField } from './fields.tsx';
import { partyNames } from './parties.ts';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KINDS} />,
  <SelectInput key="status" source="status" choices={STATUSES} />,
  referenceFilter('leadOrganizationId'),
  referenceFilter('partnerOrganizationId'),
  referenceFilter('under'),
];

// short values stay on one line; the title and the partners take the wrapping
const oneLine = { whiteSpace: 'nowrap' } as const;

export const ProjectList = () => (
  <ResourceList filters={filters} csvColumns={projectColumns}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="kind" disableSort sx={oneLine}>
        <SelectField source="kind" choices={KINDS} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort sx={oneLine}>
        <StatusField />
      </DataTable.Col>
      {/* by name, also where the lead or a partner lies outside the account's scope */}
      <DataTable.Col
        source="leadOrganization.name"
        disableSort
        render={(record) => partyNames(record, 'lead')}
      />
      <DataTable.Col
        source="partners"
        disableSort
        render={(record) => partyNames(record, 'partners')}
      />
      <DataTable.Col source="funds" disableSort sx={oneLine}>
        <FundsField />
      </DataTable.Col>
      <DataTable.Col source="dueDate" disableSort sx={oneLine} />
    </DataTable>
  </ResourceList>
);
