import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Menu, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { AppUserMenu } from './AppUserMenu';
import { ImportMenuItem } from '../pages/import/ImportMenuItem';

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;
const AppMenu = () => (
  <Menu>
    <Menu.ResourceItems />
    <ImportMenuItem />
  </Menu>
);

/** react-admin's layout with our user menu, and the data credit GeoNames' licence asks for. */
export function Layout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  return (
    <RaLayout appBar={AppAppBar} menu={AppMenu}>
      {children}
      <Box component="footer" sx={{ mt: 4, mb: 2, textAlign: 'center' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('app.credit')}
        </Typography>
      </Box>
    </RaLayout>
  );
}
