import { Create } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { OrganizationForm } from './OrganizationForm.tsx';

export const OrganizationCreate = () => (
  <Create redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <OrganizationForm withParent />
  </Create>
);
