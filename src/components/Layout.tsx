import type { ReactNode } from 'react';
import { Layout as RaLayout, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

/** react-admin's layout with the data credit GeoNames' licence asks for. */
export function Layout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  return (
    <RaLayout>
      {children}
      <Box component="footer" sx={{ mt: 4, mb: 2, textAlign: 'center' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('app.credit')}
        </Typography>
      </Box>
    </RaLayout>
  );
}
