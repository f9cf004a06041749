import { Edit } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { ProjectForm } from './ProjectForm.tsx';

// Pessimistic, so a CONFLICT or a field error finds the typed input still in the form.
export const ProjectEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <ProjectForm />
  </Edit>
);
