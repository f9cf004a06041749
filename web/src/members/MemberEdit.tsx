import { Edit } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { MemberForm } from './MemberForm.tsx';

// Pessimistic, so a CONFLICT or a field error finds the typed input still in the form.
export const MemberEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <MemberForm />
  </Edit>
);
