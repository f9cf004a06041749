import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { choices, HONOUR_LEVELS } from '../common/choices.ts';
import { MaskedInput } from '../common/MaskedInput.tsx';
import { TypeInput } from './TypeInput.tsx';

// Only presence and ranges are checked here; the API's rules (division codes, phone
// numbers, placement) come back as field errors, so they live in one place.

/**
 * The form of create and edit. The parent is chosen on create only: afterwards an
 * organization changes parent by moving (with its subtree).
 */
export const OrganizationForm = ({ withParent }: { withParent: boolean }) => (
  // keepDirtyValues: a refresh after a CONFLICT loads the new version but keeps what was typed
  <SimpleForm resetOptions={{ keepDirtyValues: true }}>
    {withParent && (
      <ReferenceInput source="parentId" reference="organizations">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
    )}
    <TextInput source="name" validate={required()} fullWidth />
    <TypeInput />
    <TextInput source="divisionCode" validate={required()} />
    <TextInput source="secretary.name" />
    <MaskedInput source="secretary.phone" />
    <NumberInput source="memberCount" min={0} validate={minValue(0)} />
    <NumberInput source="starRating" min={0} max={10} validate={[minValue(0), maxValue(10)]} />
    <BooleanInput source="standardized" />
    <BooleanInput source="oneShoulder" />
    <ArrayInput source="honours">
      <SimpleFormIterator inline>
        <TextInput source="title" label="resources.organizations.fields.title" />
        <SelectInput
          source="level"
          label="resources.organizations.fields.level"
          choices={choices('HonourLevel', HONOUR_LEVELS)}
          validate={required()}
        />
        <NumberInput
          source="year"
          label="resources.organizations.fields.year"
          validate={required()}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
