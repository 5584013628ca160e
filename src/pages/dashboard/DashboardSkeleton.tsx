import { Box, Grid, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The dashboard's shape while its figures load, so nothing jumps when they arrive. */
export function DashboardSkeleton() {
  const translate = useTranslate();
  return (
    <Box component="output" aria-label={translate('ra.page.loading')} aria-busy sx={{ display: 'block' }}>
      <Grid container spacing={2}>
        {[1, 2, 3, 4, 5].map((card) => (
          <Grid key={card} size={{ xs: 12, sm: 6, lg: 'grow' }}>
            <Skeleton variant="rounded" height={148} />
          </Grid>
        ))}
        <Grid size={{ xs: 12, lg: 8 }}>
          <Skeleton variant="rounded" height={460} />
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Skeleton variant="rounded" height={460} />
        </Grid>
      </Grid>
    </Box>
  );
}
