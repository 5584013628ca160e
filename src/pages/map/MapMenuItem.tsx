import PublicIcon from '@mui/icons-material/Public';
import { Menu } from 'react-admin';

/** The menu's way to the partnership map: every role may look. */
export const MapMenuItem = () => <Menu.Item to="/map" primaryText="map.menu" leftIcon={<PublicIcon />} />;
