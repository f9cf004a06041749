import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { ResourceList } from '../common/ResourceList.tsx';
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

export const ServiceCenterList = () => (
  <ResourceList filters={filters} csvColumns={centerColumns}>
    <CentersMap />
    <CenterColumns />
  </ResourceList>
);
