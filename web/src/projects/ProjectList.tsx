import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { useCsvExporter } from '../common/csv.ts';
import { ListPagination } from '../common/ListPagination.tsx';
import { projectColumns } from './export.ts';
import { FundsField, KINDS, STATUSES, StatusField } from './fields.tsx';

const organization = (source: string) => (
  <ReferenceInput key={source} source={source} reference="organizations">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KINDS} />,
  <SelectInput key="status" source="status" choices={STATUSES} />,
  organization('leadOrganizationId'),
  organization('partnerOrganizationId'),
  organization('under'),
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={10_000} />
  </TopToolbar>
);

export const ProjectList = () => {
  const exporter = useCsvExporter('projects', projectColumns);
  return (
    <List
      filters={filters}
      actions={<Actions />}
      exporter={exporter}
      pagination={<ListPagination />}
      perPage={25}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={KINDS} />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <StatusField />
        </DataTable.Col>
        <DataTable.Col source="leadOrganization.name" disableSort />
        <DataTable.Col
          source="partners"
          disableSort
          render={(record) => record.partners?.map((p: { name: string }) => p.name).join('、')}
        />
        <DataTable.Col source="funds" disableSort>
          <FundsField />
        </DataTable.Col>
        <DataTable.Col source="dueDate" disableSort />
      </DataTable>
    </List>
  );
};
