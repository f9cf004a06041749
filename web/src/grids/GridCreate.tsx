import { Create } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { GridForm } from './GridForm.tsx';

export const GridCreate = () => (
  <Create redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <GridForm withOrganization />
  </Create>
);
