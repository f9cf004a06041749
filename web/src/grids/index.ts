import GridViewIcon from '@mui/icons-material/GridView';
import { GridCreate } from './GridCreate.tsx';
import { GridEdit } from './GridEdit.tsx';
import { GridList } from './GridList.tsx';
import { GridShow } from './GridShow.tsx';

export const grids = {
  list: GridList,
  show: GridShow,
  create: GridCreate,
  edit: GridEdit,
  icon: GridViewIcon,
  recordRepresentation: 'name',
};
