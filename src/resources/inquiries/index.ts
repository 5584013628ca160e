import InquiryIcon from '@mui/icons-material/MoveToInbox';
import { lazyView } from '../../lib/lazyView';

// Each page loads its code when first opened: the first load carries only the shell.
const InquiryList = lazyView(() => import('./InquiryList'), 'InquiryList');
const InquiryShow = lazyView(() => import('./InquiryShow'), 'InquiryShow');
const InquiryEdit = lazyView(() => import('./InquiryEdit'), 'InquiryEdit');

/**
 * Sign-ups from the public page (DESIGN.md "Inquiry"), for staff, admins and the region's
 * coordinator; leadership's menu has no Inquiries (canAccess). Nobody creates one here.
 */
export default {
  list: InquiryList,
  show: InquiryShow,
  edit: InquiryEdit,
  icon: InquiryIcon,
  recordRepresentation: 'organisation',
};
