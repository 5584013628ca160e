import HomeOutlined from '@mui/icons-material/HomeOutlined';
import ChecklistOutlined from '@mui/icons-material/ChecklistOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { Menu } from 'react-admin';

/** The menu's way home, to the work lists and to the progress dashboard (everyone may read them). */
export const HomeMenuItems = () => (
  <>
    <Menu.DashboardItem primaryText="app.home.menu" leftIcon={<HomeOutlined />} />
    <Menu.Item to="/work" primaryText="app.work.menu" leftIcon={<ChecklistOutlined />} />
    <Menu.Item to="/progress" primaryText="dashboard.title" leftIcon={<InsightsOutlined />} />
  </>
);
