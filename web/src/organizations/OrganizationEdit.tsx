import { Edit } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { OrganizationForm } from './OrganizationForm.tsx';

// Pessimistic: the form stays until the API has answered, so a CONFLICT or a field error
// finds the user's input where it was.
export const OrganizationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <OrganizationForm withParent={false} />
  </Edit>
);
