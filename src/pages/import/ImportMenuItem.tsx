import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useCanAccess } from 'react-admin';

/** The menu's way to the import page, for whoever may create cities (everyone but leadership). */
export function ImportMenuItem() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'cities' });
  if (!canAccess) return null;
  return <Menu.Item to="/import" primaryText="app.import.menu" leftIcon={<UploadFileIcon />} />;
}
