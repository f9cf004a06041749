import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { MaskedInput } from '../common/MaskedInput.tsx';
import { BoundaryInput } from './BoundaryInput.tsx';
import { STAFF_ROLES } from './fields.tsx';

const field = (name: string) => `resources.grids.fields.${name}`;

/** The grid branch (网格党支部) it is built on: a GRID_BRANCH of its village or community. */
const BranchInput = () => {
  const organizationId = useWatch({ name: 'organizationId' }) as string | null | undefined;
  return (
    <ReferenceInput
      source="branchId"
      reference="organizations"
      filter={
        organizationId ? { under: organizationId, type: 'GRID_BRANCH' } : { type: 'GRID_BRANCH' }
      }
    >
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
  );
};

/**
 * The form of create and edit. The village or community is chosen on create only (a grid
 * belongs to where it was drawn); the staff list is saved whole, each person already on it
 * keeping their id, so a phone left masked keeps the stored number.
 */
export const GridForm = ({ withOrganization }: { withOrganization: boolean }) => (
  // keepDirtyValues: a refresh after a CONFLICT loads the new version but keeps what was typed
  <SimpleForm resetOptions={{ keepDirtyValues: true }} defaultValues={{ staff: [] }}>
    {withOrganization && (
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
    )}
    <TextInput source="name" validate={required()} fullWidth />
    <BranchInput />
    <NumberInput source="households" min={0} validate={minValue(0)} />
    <NumberInput source="buildings" min={0} validate={minValue(0)} />
    <BoundaryInput />
    <ArrayInput source="staff" helperText="grassroots.grids.staffHint">
      <SimpleFormIterator inline>
        <SelectInput
          source="role"
          label={field('role')}
          choices={STAFF_ROLES}
          validate={required()}
        />
        <TextInput source="name" label={field('staffName')} validate={required()} />
        <MaskedInput source="phone" label={field('phone')} />
        <BooleanInput source="partyMember" label={field('partyMember')} />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
