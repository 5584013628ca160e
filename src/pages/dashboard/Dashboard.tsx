import { Box, LinearProgress, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { DashboardCharts } from './DashboardCharts';
import { DashboardError } from './DashboardError';
import { DashboardHeader } from './DashboardHeader';
import { DashboardSkeleton } from './DashboardSkeleton';
import { FunnelPanel } from './funnel/FunnelPanel';
import { KpiCards } from './KpiCards';
import { RegionSelect } from './RegionSelect';
import { useProgress } from './useProgress';
import { useRegionParam } from './useRegionParam';

/**
 * The home page, for leadership, staff and coordinators: how far from 500, are we on pace,
 * where are we stuck. Every figure comes from one progress response the server computes.
 */
export default function Dashboard() {
  const translate = useTranslate();
  const [region, setRegion] = useRegionParam();
  const { data: stats, error, refetch, isPlaceholderData } = useProgress(region);

  return (
    <Stack spacing={2} sx={{ py: 2, maxWidth: 1600 }}>
      <Title title="dashboard.title" />
      <DashboardHeader stats={stats} loading={!error} actions={<RegionSelect value={region} onChange={setRegion} />} />
      {/* Reserved height: the bar comes and goes without moving the page. */}
      <Box sx={{ height: 4 }}>
        {isPlaceholderData && <LinearProgress aria-label={translate('dashboard.updating')} />}
      </Box>
      {stats ? (
        <>
          <KpiCards stats={stats} onShowAllAfrica={() => setRegion(null)} />
          <DashboardCharts stats={stats} />
          <FunnelPanel stats={stats} />
        </>
      ) : error ? (
        <DashboardError error={error} onRetry={() => void refetch()} />
      ) : (
        <DashboardSkeleton />
      )}
    </Stack>
  );
}
