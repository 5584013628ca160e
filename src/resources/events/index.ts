import EventIcon from '@mui/icons-material/Event';
import { lazyView } from '../../lib/lazyView';

// Each page loads its code when first opened: the first load carries only the shell.
const EventList = lazyView(() => import('./EventList'), 'EventList');
const EventShow = lazyView(() => import('./EventShow'), 'EventShow');
const EventEdit = lazyView(() => import('./EventEdit'), 'EventEdit');
const EventCreate = lazyView(() => import('./EventCreate'), 'EventCreate');

export default {
  list: EventList,
  show: EventShow,
  edit: EventEdit,
  create: EventCreate,
  icon: EventIcon,
  recordRepresentation: 'title',
};
