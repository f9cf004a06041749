import {
  ArrayField,
  BooleanField,
  CreateButton,
  DataTable,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { choices, HONOUR_LEVELS, ORGANIZATION_TYPES, PROJECT_STATUSES } from '../common/choices.ts';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { ListPagination } from '../common/ListPagination.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import { StatsPanel } from '../dashboard/StatsPanel.tsx';
import { FundsField } from '../projects/fields.tsx';
import { CenterColumns } from '../serviceCenters/CenterColumns.tsx';
import { Ancestors } from './Ancestors.tsx';
import { MoveButton } from './MoveButton.tsx';
import { SecretaryPhoneField } from './SecretaryPhoneField.tsx';

const TYPES = choices('OrganizationType', ORGANIZATION_TYPES);

const Actions = () => {
  const record = useRecordContext();
  return (
    <RecordActions>
      {record && (record.allowedChildTypes?.length ?? 0) > 0 && (
        <CreateButton
          label="grassroots.organizations.addChild"
          state={{ record: { parentId: record.id } }}
        />
      )}
      <MoveButton />
    </RecordActions>
  );
};

const Stats = () => {
  const record = useRecordContext();
  return record ? <StatsPanel organizationId={String(record.id)} /> : null;
};

export const OrganizationShow = () => (
  <Show actions={<Actions />}>
    <Ancestors />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="grassroots.organizations.tabs.summary">
        <TextField source="name" />
        <SelectField source="type" choices={TYPES} />
        <TextField source="divisionCode" />
        <ReferenceField source="parentId" reference="organizations" link="show" emptyText="—" />
        <TextField source="secretary.name" emptyText="—" />
        <SecretaryPhoneField label="resources.organizations.fields.secretary.phone" />
        <LocaleNumberField source="memberCount" />
        <LocaleNumberField source="starRating" emptyText="—" />
        <BooleanField source="standardized" />
        <BooleanField source="oneShoulder" />
        <ArrayField source="honours">
          <DataTable bulkActionButtons={false} empty={<>—</>}>
            <DataTable.Col source="title" label="resources.organizations.fields.title" />
            <DataTable.Col source="level" label="resources.organizations.fields.level">
              <SelectField source="level" choices={choices('HonourLevel', HONOUR_LEVELS)} />
            </DataTable.Col>
            <DataTable.Col source="year" label="resources.organizations.fields.year" />
          </DataTable>
        </ArrayField>
        <LocaleDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="grassroots.organizations.tabs.children" path="children">
        <ReferenceManyField
          reference="organizations"
          target="parentId"
          perPage={25}
          pagination={<ListPagination />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="type" disableSort>
              <SelectField source="type" choices={TYPES} />
            </DataTable.Col>
            <DataTable.Col source="divisionCode" disableSort />
            <DataTable.Col source="childCount" disableSort />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="grassroots.organizations.tabs.centers" path="centers">
        <ReferenceManyField
          reference="serviceCenters"
          target="organizationId"
          perPage={25}
          pagination={<ListPagination />}
        >
          <CenterColumns />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="grassroots.organizations.tabs.projects" path="projects">
        <ProjectsOf target="leadOrganizationId" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab
        label="grassroots.organizations.tabs.partnerProjects"
        path="partner-projects"
      >
        <ProjectsOf target="partnerOrganizationId" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="grassroots.organizations.tabs.stats" path="stats">
        <Stats />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

const ProjectsOf = ({ target }: { target: string }) => (
  <ReferenceManyField
    reference="projects"
    target={target}
    perPage={25}
    pagination={<ListPagination />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={choices('ProjectStatus', PROJECT_STATUSES)} />
      </DataTable.Col>
      <DataTable.Col source="funds" disableSort>
        <FundsField />
      </DataTable.Col>
      <DataTable.Col source="dueDate" disableSort />
    </DataTable>
  </ReferenceManyField>
);
