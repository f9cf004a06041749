import { Edit } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { ServiceCenterForm } from './ServiceCenterForm.tsx';

// Pessimistic, so a CONFLICT or a field error finds the typed input still in the form.
export const ServiceCenterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <ServiceCenterForm />
  </Edit>
);
