import {
  AutocompleteInput,
  DataTable,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextInput,
} from 'react-admin';
import { choices, ORGANIZATION_TYPES } from '../common/choices.ts';
import { LocaleNumberField } from '../common/fields.tsx';
import { ResourceList } from '../common/ResourceList.tsx';
import { organizationColumns } from './export.ts';
import { OrganizationTree } from './OrganizationTree.tsx';

const TYPES = choices('OrganizationType', ORGANIZATION_TYPES);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={TYPES} />,
  <TextInput key="divisionCode" source="divisionCode" />,
  <ReferenceInput key="under" source="under" reference="organizations">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The tree on the left picks the subtree (`under`); the list pages through it. */
export const OrganizationList = () => (
  <ResourceList
    filters={filters}
    csvColumns={organizationColumns}
    aside={<OrganizationTree />}
    sx={{ '& .RaList-main': { minWidth: 0 } }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="type" disableSort>
        <SelectField source="type" choices={TYPES} />
      </DataTable.Col>
      <DataTable.Col source="divisionCode" disableSort />
      <DataTable.Col source="parent.name" disableSort />
      <DataTable.Col source="memberCount" disableSort>
        <LocaleNumberField source="memberCount" />
      </DataTable.Col>
      <DataTable.Col source="childCount" disableSort>
        <LocaleNumberField source="childCount" />
      </DataTable.Col>
    </DataTable>
  </ResourceList>
);
