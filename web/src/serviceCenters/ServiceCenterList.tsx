import {
  AutocompleteInput,
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { useCsvExporter } from '../common/csv.ts';
import { ListPagination } from '../common/ListPagination.tsx';
import { CenterColumns, KINDS, STATUSES } from './CenterColumns.tsx';
import { CentersMap } from './CentersMap.tsx';
import { centerColumns } from './export.ts';
import { NearFilterInput } from './NearFilterInput.tsx';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KINDS} />,
  <SelectInput key="status" source="status" choices={STATUSES} />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="under" source="under" reference="organizations">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <NearFilterInput key="near" source="near" />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={10_000} />
  </TopToolbar>
);

export const ServiceCenterList = () => {
  const exporter = useCsvExporter('serviceCenters', centerColumns);
  return (
    <List
      filters={filters}
      actions={<Actions />}
      exporter={exporter}
      pagination={<ListPagination />}
      perPage={25}
    >
      <CentersMap />
      <CenterColumns />
    </List>
  );
};
