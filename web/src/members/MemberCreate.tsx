import { Create } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { MemberForm } from './MemberForm.tsx';

// Commitments are made afterwards, on the member's page (each one its own change).
export const MemberCreate = () => (
  <Create redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <MemberForm />
  </Create>
);
