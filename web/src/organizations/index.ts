import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { OrganizationCreate } from './OrganizationCreate.tsx';
import { OrganizationEdit } from './OrganizationEdit.tsx';
import { OrganizationList } from './OrganizationList.tsx';
import { OrganizationShow } from './OrganizationShow.tsx';

export const organizations = {
  list: OrganizationList,
  show: OrganizationShow,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
