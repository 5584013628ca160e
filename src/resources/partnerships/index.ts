import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyView } from '../../lib/lazyView';
import type { Partnership } from '../../domain';

/** Titles, breadcrumbs and references name a partnership by its two cities. */
const recordRepresentation = (record: Partnership) => `${record.africanCityName} ↔ ${record.usCityName}`;

// Each page loads its code when first opened: the first load carries only the shell.
const PartnershipList = lazyView(() => import('./PartnershipList'), 'PartnershipList');
const PartnershipShow = lazyView(() => import('./PartnershipShow'), 'PartnershipShow');
const PartnershipEdit = lazyView(() => import('./PartnershipEdit'), 'PartnershipEdit');
const PartnershipCreate = lazyView(() => import('./PartnershipCreate'), 'PartnershipCreate');

export default {
  list: PartnershipList,
  show: PartnershipShow,
  edit: PartnershipEdit,
  create: PartnershipCreate,
  icon: HandshakeIcon,
  recordRepresentation,
};
