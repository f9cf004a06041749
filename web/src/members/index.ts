import HowToRegIcon from '@mui/icons-material/HowToReg';
import { MemberCreate } from './MemberCreate.tsx';
import { MemberEdit } from './MemberEdit.tsx';
import { MemberList } from './MemberList.tsx';
import { MemberShow } from './MemberShow.tsx';

export const members = {
  list: MemberList,
  show: MemberShow,
  create: MemberCreate,
  edit: MemberEdit,
  icon: HowToRegIcon,
  recordRepresentation: 'name',
};
