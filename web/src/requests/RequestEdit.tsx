import { Edit } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { RequestForm } from './RequestForm.tsx';

// Pessimistic, so a CONFLICT or a field error finds the typed input still in the form.
export const RequestEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <RequestForm withOrganization={false} />
  </Edit>
);
