import FlagIcon from '@mui/icons-material/Flag';
import { Menu, useCanAccess } from 'react-admin';

/** The menu's way to the goal settings, for whoever may change them (admins). */
export function SettingsMenuItem() {
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'settings' });
  if (!canAccess) return null;
  return <Menu.Item to="/settings" primaryText="app.settings.menu" leftIcon={<FlagIcon />} />;
}
