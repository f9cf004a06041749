import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { MaskedInput } from '../common/MaskedInput.tsx';
import { SOURCES } from './fields.tsx';
import { RequestLocationInput } from './RequestLocationInput.tsx';

/** A grid of the receiving organization (or below it), as the API requires. */
const GridInput = () => {
  const organizationId = useWatch({ name: 'organizationId' }) as string | null | undefined;
  return (
    <ReferenceInput
      source="gridId"
      reference="grids"
      filter={organizationId ? { under: organizationId } : {}}
    >
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
  );
};

/**
 * Create and edit: what the resident asks, where and from whom. The receiving organization
 * is chosen on create only (where it arose stays its origin); its lifecycle moves through
 * the show page's steps, never through this form.
 */
export const RequestForm = ({ withOrganization }: { withOrganization: boolean }) => (
  // keepDirtyValues: a refresh after a CONFLICT loads the new version but keeps what was typed
  <SimpleForm
    resetOptions={{ keepDirtyValues: true }}
    defaultValues={{ source: 'VISIT', disclosed: false }}
  >
    {withOrganization && (
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
    )}
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput
      source="category"
      validate={required()}
      helperText="grassroots.requests.categoryHint"
    />
    <SelectInput source="source" choices={SOURCES} validate={required()} />
    <TextInput source="description" validate={required()} multiline minRows={3} fullWidth />
    <GridInput />
    <TextInput source="address" fullWidth />
    <RequestLocationInput />
    <MaskedInput source="resident.name" hint="grassroots.personal.maskedNameKept" />
    <MaskedInput source="resident.phone" />
    <TextInput source="responsibleLeader" />
    <TextInput source="department" />
    <DateInput source="deadline" />
    <BooleanInput source="disclosed" helperText="grassroots.requests.disclosedHint" />
  </SimpleForm>
);
