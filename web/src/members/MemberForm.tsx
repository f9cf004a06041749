import {
  AutocompleteInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { MaskedInput } from '../common/MaskedInput.tsx';

/**
 * The member's organization: chosen on create, changed to transfer the member. A member seen
 * only through the grid it reports to has its organization outside the scope: only that
 * side transfers it, so the form leaves it out.
 */
const OrganizationInput = () => {
  const record = useRecordContext();
  if (record?.id && !record.organizationId) return null;
  return (
    <ReferenceInput source="organizationId" reference="organizations">
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
  );
};

/** Create and edit: who, where they belong and report (双报到), their post and duties (设岗定责). */
export const MemberForm = () => (
  // keepDirtyValues: a refresh after a CONFLICT loads the new version but keeps what was typed
  <SimpleForm resetOptions={{ keepDirtyValues: true }}>
    <TextInput source="name" validate={required()} />
    <MaskedInput source="phone" />
    <OrganizationInput />
    {/* emptied, the reporting ends */}
    <ReferenceInput source="gridId" reference="grids">
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <TextInput source="post" />
    <TextInput source="duties" multiline fullWidth />
  </SimpleForm>
);
