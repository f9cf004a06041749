import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { AccountCreate } from './AccountCreate.tsx';
import { AccountEdit } from './AccountEdit.tsx';
import { AccountList } from './AccountList.tsx';

export const accounts = {
  list: AccountList,
  create: AccountCreate,
  edit: AccountEdit,
  icon: ManageAccountsIcon,
  recordRepresentation: 'login',
};
