import {
  ChipField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import { FundsField, KINDS, StatusField } from './fields.tsx';
import { Notes } from './Notes.tsx';

const Organizations = ({ source }: { source: string; label?: string }) => (
  <ReferenceArrayField source={source} reference="organizations">
    <SingleFieldList linkType="show">
      <ChipField source="name" size="small" />
    </SingleFieldList>
  </ReferenceArrayField>
);

export const ProjectShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="kind" choices={KINDS} />
      <StatusField label="resources.projects.fields.status" />
      <ReferenceField
        source="leadOrganizationId"
        reference="organizations"
        link="show"
        emptyText="grassroots.projects.leadOutOfScope"
      />
      <Organizations source="partnerIds" label="resources.projects.fields.partnerIds" />
      <Organizations
        source="servedOrganizationIds"
        label="resources.projects.fields.servedOrganizationIds"
      />
      <FundsField label="resources.projects.fields.funds" />
      <LocaleDateField source="startDate" emptyText="—" />
      <LocaleDateField source="dueDate" emptyText="—" />
      <TextField source="responsibleLeader" emptyText="—" />
      <LocaleNumberField source="beneficiaryHouseholds" />
      <TextField source="commitment" emptyText="—" />
      <TextField source="description" emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
      <Notes label="grassroots.projects.notes" />
    </SimpleShowLayout>
  </Show>
);
