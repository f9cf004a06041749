import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { KINDS, STATUSES } from './CenterColumns.tsx';
import { LocationInput } from './LocationInput.tsx';

export const ServiceCenterForm = () => (
  // keepDirtyValues: a refresh after a CONFLICT loads the new version but keeps what was typed
  <SimpleForm
    resetOptions={{ keepDirtyValues: true }}
    defaultValues={{ kind: 'CENTER', status: 'OPEN', radiusMeters: 1000 }}
  >
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={KINDS} validate={required()} />
    <SelectInput source="status" choices={STATUSES} validate={required()} />
    <ReferenceInput source="organizationId" reference="organizations">
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
    <TextInput source="address" validate={required()} fullWidth />
    <NumberInput source="radiusMeters" min={50} max={20_000} step={50} />
    <LocationInput />
    <TextInput source="openingHours" />
    <TextInput source="layout" />
    <TextArrayInput source="services" />
  </SimpleForm>
);
