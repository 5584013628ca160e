import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu } from 'react-admin';

/** The menu's way to the stage board: every role may look; who may move is decided card by card. */
export const BoardMenuItem = () => <Menu.Item to="/board" primaryText="board.menu" leftIcon={<ViewKanbanIcon />} />;
