import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../../lib/lazyView';

// Read-only: the API writes the log itself, in the same transaction as each change.
const AuditList = lazyView(() => import('./AuditList'), 'AuditList');

export default {
  list: AuditList,
  icon: HistoryIcon,
};
