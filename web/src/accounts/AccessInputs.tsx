import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  required,
  SelectInput,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { grantableRoles } from '../auth/access.ts';
import { useAccount } from '../auth/useAccount.ts';
import { choices } from '../common/choices.ts';

/**
 * Role, scope and (on edit) the switch that disables the account. The roles offered are
 * those the signed-in administrator may grant; a region administrator has no scope (the
 * whole stack). Nobody changes their own access: the API refuses it, so it is not offered.
 */
export const AccessInputs = ({ edit }: { edit: boolean }) => {
  const account = useAccount();
  const record = useRecordContext();
  const role = useWatch({ name: 'role' }) as string | undefined;
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  if (!account) return null;
  if (edit && record?.id === account.id) return null;
  // a public page only reads the disclosed requests of its scope: the API wants VIEWER
  const roles: string[] = kind === 'PUBLIC' ? ['VIEWER'] : grantableRoles(account.role);
  if (record?.role && !roles.includes(record.role)) roles.push(record.role);
  return (
    <>
      <SelectInput
        source="role"
        choices={choices('Role', roles)}
        validate={required()}
        helperText={edit ? 'grassroots.accounts.accessChangeEndsSessions' : undefined}
      />
      {role !== 'REGION_ADMIN' && (
        <ReferenceInput source="scopeOrgId" reference="organizations">
          <AutocompleteInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
      )}
      {edit && <BooleanInput source="disabled" />}
    </>
  );
};
