import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Menu, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { AppUserMenu } from './AppUserMenu';
import { AppToolbar } from './AppToolbar';
import { AppBarTitle } from './PageHeading';
import { FocusRing } from './FocusRing';
import { ThemePreference } from './ThemePreference';
import { ImportMenuItem } from '../pages/import/ImportMenuItem';
import { HomeMenuItems } from '../pages/home/HomeMenuItems';
import { BoardMenuItem } from '../pages/board/BoardMenuItem';
import { MapMenuItem } from '../pages/map/MapMenuItem';
import { SettingsMenuItem } from '../pages/settings/SettingsMenuItem';

const AppAppBar = () => (
  <AppBar userMenu={<AppUserMenu />} toolbar={<AppToolbar />}>
    <AppBarTitle />
  </AppBar>
);
const AppMenu = () => (
  <Menu>
    <HomeMenuItems />
    <Menu.ResourceItems />
    <BoardMenuItem />
    <MapMenuItem />
    <ImportMenuItem />
    <SettingsMenuItem />
  </Menu>
);

/** react-admin's layout with our user menu, and the data credit GeoNames' licence asks for. */
export function Layout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  return (
    <RaLayout appBar={AppAppBar} menu={AppMenu}>
      <FocusRing />
      <ThemePreference />
      {children}
      {/* The credit's long names may break anywhere: on a phone they would widen the page. */}
      <Box component="footer" sx={{ mt: 4, mb: 2, px: 1, textAlign: 'center', overflowWrap: 'anywhere' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('app.credit')}
        </Typography>
      </Box>
    </RaLayout>
  );
}
