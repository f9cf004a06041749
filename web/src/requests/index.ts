import ForumIcon from '@mui/icons-material/Forum';
import { RequestCreate } from './RequestCreate.tsx';
import { RequestEdit } from './RequestEdit.tsx';
import { RequestList } from './RequestList.tsx';
import { RequestShow } from './RequestShow.tsx';

export const requests = {
  list: RequestList,
  show: RequestShow,
  create: RequestCreate,
  edit: RequestEdit,
  icon: ForumIcon,
  recordRepresentation: 'title',
};
