import { Create } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import { ServiceCenterForm } from './ServiceCenterForm.tsx';

export const ServiceCenterCreate = () => (
  <Create redirect="show" mutationOptions={{ onError: useNotifyError() }}>
    <ServiceCenterForm />
  </Create>
);
