import ProgramIcon from '@mui/icons-material/School';
import { lazyView } from '../../lib/lazyView';

// Each page loads its code when first opened: the first load carries only the shell.
const ProgramList = lazyView(() => import('./ProgramList'), 'ProgramList');
const ProgramShow = lazyView(() => import('./ProgramShow'), 'ProgramShow');
const ProgramEdit = lazyView(() => import('./ProgramEdit'), 'ProgramEdit');
const ProgramCreate = lazyView(() => import('./ProgramCreate'), 'ProgramCreate');

export default {
  list: ProgramList,
  show: ProgramShow,
  edit: ProgramEdit,
  create: ProgramCreate,
  icon: ProgramIcon,
  recordRepresentation: 'title',
};
