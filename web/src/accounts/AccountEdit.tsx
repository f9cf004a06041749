import {
  Edit,
  Labeled,
  required,
  SelectField,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AuditTrailButton } from '../common/AuditTrailButton.tsx';
import { ACCOUNT_KINDS, choices } from '../common/choices.ts';
import { useNotifyError } from '../common/useNotifyError.ts';
import { AccessInputs } from './AccessInputs.tsx';
import { ServiceTokenButton } from './ServiceTokenButton.tsx';
import { SetPasswordButton } from './SetPasswordButton.tsx';

const Title = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{record ? translate('grassroots.accounts.editTitle', { login: record.login }) : ''}</>;
};

const Actions = () => (
  <TopToolbar>
    <SetPasswordButton />
    <ServiceTokenButton />
    <AuditTrailButton />
  </TopToolbar>
);

// Pessimistic and versioned like every edit: a CONFLICT keeps what was typed.
export const AccountEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    actions={<Actions />}
    title={<Title />}
    mutationOptions={{ onError: useNotifyError() }}
  >
    <SimpleForm resetOptions={{ keepDirtyValues: true }}>
      <Labeled source="login">
        <TextField source="login" />
      </Labeled>
      <Labeled source="kind">
        <SelectField source="kind" choices={choices('AccountKind', ACCOUNT_KINDS)} />
      </Labeled>
      <TextInput source="displayName" validate={required()} />
      <AccessInputs edit />
    </SimpleForm>
  </Edit>
);
