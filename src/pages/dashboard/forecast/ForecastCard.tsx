import { Box, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgressStats } from '../../../domain';
import { WidgetError } from '../../../components/WidgetError';
import { ChartCard } from '../ChartCard';
import { ForecastBody } from './ForecastBody';
import { useForecast } from './useForecast';
import { useForecastFigures } from './useForecastFigures';

/**
 * Will the count reach the target: the simulated fan beside the count so far, in one sentence,
 * and what would move it. It loads and fails on its own; the progress figures never wait for it.
 */
export function ForecastCard({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const { data: forecast, error, refetch } = useForecast(stats.region);
  // While another region loads, the progress figures on view may still be the previous region's.
  const ready = forecast && forecast.region === stats.region ? forecast : undefined;
  const figures = useForecastFigures(ready);
  return (
    <ChartCard title={translate('dashboard.forecast.title')} hint={translate('dashboard.forecast.hint')} figures={figures}>
      {ready ? (
        <ForecastBody forecast={ready} stats={stats} />
      ) : error ? (
        <WidgetError title={translate('dashboard.forecast.error')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ForecastLoading />
      )}
    </ChartCard>
  );
}

/** The card's shape while the simulation answers, so nothing jumps when it does. */
function ForecastLoading() {
  const translate = useTranslate();
  return (
    <Box component="output" aria-label={translate('dashboard.forecast.loading')} aria-busy sx={{ display: 'block' }}>
      <Skeleton variant="rounded" height={320} />
    </Box>
  );
}
