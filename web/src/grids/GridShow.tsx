import {
  DataTable,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { ListPagination } from '../common/ListPagination.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import { RequestStatusField } from '../requests/fields.tsx';
import { BoundaryField } from './BoundaryField.tsx';
import { StaffingField } from './fields.tsx';
import { StaffTable } from './StaffTable.tsx';

export const GridShow = () => (
  <Show actions={<RecordActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="grassroots.grids.tabs.summary">
        <TextField source="name" />
        <ReferenceField source="organizationId" reference="organizations" link="show" />
        <ReferenceField source="branchId" reference="organizations" link="show" emptyText="—" />
        <LocaleNumberField source="households" />
        <LocaleNumberField source="buildings" />
        <BoundaryField label="resources.grids.fields.boundary" />
        <StaffingField label="resources.grids.fields.staffingComplete" />
        <StaffTable label="resources.grids.fields.staff" />
        <LocaleDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="grassroots.grids.tabs.members" path="members">
        <ReferenceManyField
          reference="members"
          target="gridId"
          perPage={25}
          pagination={<ListPagination />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="organizationName" disableSort />
            <DataTable.Col source="post" disableSort />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="grassroots.grids.tabs.requests" path="requests">
        <ReferenceManyField
          reference="requests"
          target="gridId"
          perPage={25}
          pagination={<ListPagination />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="status" disableSort>
              <RequestStatusField />
            </DataTable.Col>
            <DataTable.Col source="handlingOrganizationName" disableSort />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
