import HandshakeIcon from '@mui/icons-material/Handshake';
import { ProjectCreate } from './ProjectCreate.tsx';
import { ProjectEdit } from './ProjectEdit.tsx';
import { ProjectList } from './ProjectList.tsx';
import { ProjectShow } from './ProjectShow.tsx';

export const projects = {
  list: ProjectList,
  show: ProjectShow,
  create: ProjectCreate,
  edit: ProjectEdit,
  icon: HandshakeIcon,
  recordRepresentation: 'title',
};
