import { Create } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { ProjectForm } from './ProjectForm.tsx';

export const ProjectCreate = () => (
  <Create redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <ProjectForm />
  </Create>
);
