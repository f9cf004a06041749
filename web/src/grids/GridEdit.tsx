import { Edit } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { GridForm } from './GridForm.tsx';

// Pessimistic, so a CONFLICT or a field error finds the typed input still in the form.
export const GridEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <GridForm withOrganization={false} />
  </Edit>
);
