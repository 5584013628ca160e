import { Grid, Skeleton } from '@mui/material';
import { useNavigate, useTranslate } from 'react-admin';
import type { AuRegion } from '../../domain';
import { KpiCards } from '../dashboard/KpiCards';
import { useProgress } from '../dashboard/useProgress';
import { WidgetError } from '../../components/WidgetError';

/** The region's headline figures, the progress dashboard's own cards from its one call. */
export function RegionProgress({ region }: { region: AuRegion | null }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data: stats, error, refetch } = useProgress(region);
  if (stats) return <KpiCards stats={stats} onShowAllAfrica={() => navigate('/progress?region=all')} />;
  if (error) return <WidgetError title={translate('app.home.region.progressError')} error={error} onRetry={() => void refetch()} />;
  return (
    <Grid container spacing={2} aria-busy>
      {[1, 2, 3, 4, 5].map((card) => (
        <Grid key={card} size={{ xs: 12, sm: 6, lg: 'grow' }}>
          <Skeleton variant="rounded" height={148} />
        </Grid>
      ))}
    </Grid>
  );
}
