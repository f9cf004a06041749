import { Alert, Box, Grid, Typography } from '@mui/material';
import {
  BooleanField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';
import { EVALUATION_CHOICES } from '../common/evaluation.ts';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { PersonalValue } from '../common/PersonalValue.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import type { PersonalField } from '../dataProvider/index.ts';
import { RequestStatusField, SOURCES } from './fields.tsx';
import { LocationField } from './LocationField.tsx';
import { Timeline } from './Timeline.tsx';
import { TransitionButtons } from './TransitionButtons.tsx';

/** An organization linked while in the caller's scope, named otherwise (a level above it). */
const Organization = ({ id, name }: { id: string; name: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return record[id] ? (
    <ReferenceField source={id} reference="organizations" link="show" />
  ) : (
    <TextField source={name} />
  );
};

const Resident = ({ part }: { part: 'name' | 'phone'; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const field: PersonalField = part === 'name' ? 'RESIDENT_NAME' : 'RESIDENT_PHONE';
  return (
    <PersonalValue
      value={record.resident?.[part]}
      field={field}
      holderId={String(record.id)}
      version={record.version}
      testId={`resident-${part}`}
    />
  );
};

/** Why there are no buttons: the request is finished, held elsewhere, or the role only reads. */
const Standing = () => {
  const record = useRecordContext();
  const account = useAccount();
  const translate = useTranslate();
  if (!record || !account || (record.viewerCanAct && record.status !== 'CLOSED')) return null;
  const key =
    record.status === 'CLOSED'
      ? 'grassroots.requests.finished'
      : account.permissions.write
        ? 'grassroots.requests.heldBy'
        : 'grassroots.requests.readOnly';
  return (
    <Alert severity="info" sx={{ mx: 2, mt: 2 }} data-testid="request-standing">
      {translate(key, { name: record.handlingOrganizationName })}
    </Alert>
  );
};

const TimelinePanel = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        {translate('resources.requests.fields.timeline')}
      </Typography>
      <Timeline />
    </Box>
  );
};

/** The steps the caller may take now, then edit (the level holding it) and delete (RECEIVED only). */
const Actions = () => {
  const record = useRecordContext();
  const acts = Boolean(record?.viewerCanAct);
  return (
    <RecordActions editable={acts} deletable={acts && record?.status === 'RECEIVED'}>
      <TransitionButtons />
    </RecordActions>
  );
};

/** The request beside its timeline; the toolbar holds the steps the caller may take now. */
export const RequestShow = () => (
  <Show actions={<Actions />}>
    <Standing />
    <Grid container>
      <Grid size={{ xs: 12, md: 6 }}>
        <SimpleShowLayout>
          <TextField source="title" />
          <RequestStatusField label="resources.requests.fields.status" />
          <TextField source="category" />
          <SelectField source="source" choices={SOURCES} />
          <TextField source="description" />
          <Organization
            id="organizationId"
            name="originOrganizationName"
            label="resources.requests.fields.organizationId"
          />
          <Organization
            id="handlingOrganizationId"
            name="handlingOrganizationName"
            label="resources.requests.fields.handlingOrganizationId"
          />
          <LocaleNumberField source="escalations" />
          <ReferenceField source="gridId" reference="grids" link="show" emptyText="—" />
          <TextField source="address" emptyText="—" />
          <LocationField label="resources.requests.fields.location" />
          <Resident part="name" label="resources.requests.fields.resident.name" />
          <Resident part="phone" label="resources.requests.fields.resident.phone" />
          <TextField source="responsibleLeader" emptyText="—" />
          <TextField source="department" emptyText="—" />
          <LocaleDateField source="deadline" emptyText="—" />
          <BooleanField source="disclosed" />
          <LocaleDateField source="receivedAt" showTime />
          <LocaleDateField source="resolvedAt" showTime emptyText="—" />
          <SelectField source="evaluation" choices={EVALUATION_CHOICES} emptyText="—" />
          <TextField source="evaluationComment" emptyText="—" />
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TimelinePanel />
      </Grid>
    </Grid>
  </Show>
);
