import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../../lib/lazyView';
import type { User } from '../../domain';

const UserList = lazyView(() => import('./UserList'), 'UserList');
const UserShow = lazyView(() => import('./UserShow'), 'UserShow');
const UserEdit = lazyView(() => import('./UserEdit'), 'UserEdit');
const UserCreate = lazyView(() => import('./UserCreate'), 'UserCreate');

/**
 * The team. Every signed-in user reads the directory (owners are picked from it); only an
 * admin creates, edits or deletes, and canAccess hides those buttons from everyone else.
 */
export default {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (user: User) => user.fullName,
};
