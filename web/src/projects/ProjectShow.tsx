import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EVALUATION_CHOICES } from '../common/evaluation.ts';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import { FundsField, KINDS, StatusField } from './fields.tsx';
import { Notes } from './Notes.tsx';
import { PartyChips } from './PartyChips.tsx';

export const ProjectShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="kind" choices={KINDS} />
      <StatusField label="resources.projects.fields.status" />
      <PartyChips of="lead" label="resources.projects.fields.leadOrganizationId" />
      <PartyChips of="partners" label="resources.projects.fields.partnerIds" />
      <PartyChips of="served" label="resources.projects.fields.servedOrganizationIds" />
      <FundsField label="resources.projects.fields.funds" />
      <LocaleDateField source="startDate" emptyText="—" />
      <LocaleDateField source="dueDate" emptyText="—" />
      <TextField source="responsibleLeader" emptyText="—" />
      <LocaleNumberField source="beneficiaryHouseholds" />
      <TextField source="commitment" emptyText="—" />
      <SelectField source="evaluation" choices={EVALUATION_CHOICES} emptyText="—" />
      <TextField source="evaluationComment" emptyText="—" />
      <LocaleDateField source="evaluatedAt" showTime emptyText="—" />
      <TextField source="description" emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
      <Notes label="grassroots.projects.notes" />
    </SimpleShowLayout>
  </Show>
);
