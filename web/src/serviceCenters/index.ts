import StoreIcon from '@mui/icons-material/Store';
import { ServiceCenterCreate } from './ServiceCenterCreate.tsx';
import { ServiceCenterEdit } from './ServiceCenterEdit.tsx';
import { ServiceCenterList } from './ServiceCenterList.tsx';
import { ServiceCenterShow } from './ServiceCenterShow.tsx';

export const serviceCenters = {
  list: ServiceCenterList,
  show: ServiceCenterShow,
  create: ServiceCenterCreate,
  edit: ServiceCenterEdit,
  icon: StoreIcon,
  recordRepresentation: 'name',
};
