import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EVALUATION_CHOICES } from '../common/evaluation.ts';
import { KINDS, STATUSES } from './fields.tsx';
import { partiesOf } from './parties.ts';

/** A new project may start in any status; an existing one moves along its allowed steps. */
const StatusInput = () => {
  const record = useRecordContext();
  const allowed: string[] | null = record
    ? [record.status, ...(record.allowedNextStatuses ?? [])]
    : null;
  return (
    <SelectInput
      source="status"
      choices={allowed ? STATUSES.filter((s) => allowed.includes(s.id)) : STATUSES}
      validate={required()}
    />
  );
};

/** Residents evaluate (群众评议) what a project delivered: asked for once it is completed. */
const EvaluationInputs = () => {
  const status = useWatch({ name: 'status' });
  if (status !== 'COMPLETED' && status !== 'ACCEPTED') return null;
  return (
    <>
      <SelectInput source="evaluation" choices={EVALUATION_CHOICES} emptyText="—" />
      <TextInput source="evaluationComment" multiline fullWidth />
    </>
  );
};

/**
 * Partners or served organizations to choose among those in the account's scope. Those
 * outside it are not in the list; the hint names them, since saving keeps them.
 */
const Organizations = ({ source, of }: { source: string; of: 'partners' | 'served' }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const kept = partiesOf(record, of).filter((p) => !p.inScope);
  return (
    <ReferenceArrayInput source={source} reference="organizations">
      <AutocompleteArrayInput
        optionText="name"
        fullWidth
        helperText={
          kept.length > 0 &&
          translate('grassroots.projects.keptOutOfScope', {
            names: kept.map((p) => p.name).join('、'),
          })
        }
      />
    </ReferenceArrayInput>
  );
};

export const ProjectForm = () => (
  // keepDirtyValues: a refresh after a CONFLICT loads the new version but keeps what was typed
  <SimpleForm
    resetOptions={{ keepDirtyValues: true }}
    defaultValues={{ kind: 'CO_BUILDING', status: 'PROPOSED' }}
  >
    <TextInput source="title" validate={required()} fullWidth />
    <SelectInput source="kind" choices={KINDS} validate={required()} />
    <StatusInput />
    <ReferenceInput source="leadOrganizationId" reference="organizations">
      <AutocompleteInput optionText="name" validate={required()} fullWidth />
    </ReferenceInput>
    <Organizations source="partnerIds" of="partners" />
    <Organizations source="servedOrganizationIds" of="served" />
    <NumberInput source="funds" min={0} validate={minValue(0)} />
    <DateInput source="startDate" />
    <DateInput source="dueDate" />
    <TextInput source="responsibleLeader" />
    <NumberInput source="beneficiaryHouseholds" min={0} validate={minValue(0)} />
    <TextInput source="commitment" multiline fullWidth />
    <EvaluationInputs />
    <TextInput source="description" multiline fullWidth />
  </SimpleForm>
);
