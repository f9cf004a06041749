import { Create } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { RequestForm } from './RequestForm.tsx';

export const RequestCreate = () => (
  <Create redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <RequestForm withOrganization />
  </Create>
);
