import {
  Create,
  PasswordInput,
  type RaRecord,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useAccount } from '../auth/useAccount.ts';
import { ACCOUNT_KINDS, choices } from '../common/choices.ts';
import { useNotifyError } from '../common/useNotifyError.ts';
import { AccessInputs } from './AccessInputs.tsx';

// People log in with a password; programs and public pages get a token after creation.
const PasswordForPeople = () => {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  return kind !== 'USER' ? null : (
    <PasswordInput
      source="password"
      validate={required()}
      helperText="grassroots.accounts.passwordRule"
      autoComplete="new-password"
    />
  );
};

/** An account that works with a token goes on to its edit page, where the token is issued. */
const redirect = (resource?: string, id?: RaRecord['id'], data?: Partial<RaRecord>) =>
  data?.kind === 'USER' ? `${resource}` : `${resource}/${id}`;

export const AccountCreate = () => {
  const account = useAccount();
  const onError = useNotifyError();
  if (account === undefined) return null;
  return (
    <Create
      redirect={redirect}
      mutationOptions={{ onError }}
      title="grassroots.accounts.createTitle"
    >
      <SimpleForm
        defaultValues={{ kind: 'USER', role: 'VIEWER', scopeOrgId: account?.scope?.id ?? null }}
      >
        <SelectInput
          source="kind"
          choices={choices('AccountKind', ACCOUNT_KINDS)}
          validate={required()}
        />
        <TextInput
          source="login"
          validate={required()}
          helperText="grassroots.accounts.loginRule"
          autoComplete="off"
        />
        <TextInput source="displayName" validate={required()} />
        <AccessInputs edit={false} />
        <PasswordForPeople />
      </SimpleForm>
    </Create>
  );
};
