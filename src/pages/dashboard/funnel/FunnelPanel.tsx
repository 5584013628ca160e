import { useMemo, useState } from 'react';
import { Box, LinearProgress, Skeleton, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isCalendarDay, type ProgressStats } from '../../../domain';
import { WidgetError } from '../../../components/WidgetError';
import { ChartCard } from '../ChartCard';
import { FunnelBody } from './FunnelBody';
import { FunnelControls, type FunnelChoice } from './FunnelControls';
import { SignUpsCard } from './SignUpsCard';
import { quickPeriods } from './periods';
import { useFunnel } from './useFunnel';
import { useFunnelFigures } from './useFunnelFigures';

const isPeriod = ({ from, to }: FunnelChoice) => isCalendarDay(from) && isCalendarDay(to) && from <= to;

/**
 * Where the pipeline converts and where it waits (decision 028), for the dashboard's region,
 * with its own cohort and period. It loads and fails on its own; the figures above never wait.
 * Below it, the top of the funnel: the sign-ups of the same period and region (issue 14).
 */
export function FunnelPanel({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const { asOf, startDate, currentYear, years } = stats;
  const quick = useMemo(() => quickPeriods({ asOf, startDate, currentYear, years }), [asOf, startDate, currentYear, years]);
  const [choice, setChoice] = useState<FunnelChoice>({ cohort: null, ...quick.sinceStart });
  // What the API is asked: the last whole choice, while a date is being typed or the period is upside down.
  const [asked, setAsked] = useState(choice);
  const change = (next: FunnelChoice) => {
    setChoice(next);
    if (isPeriod(next)) setAsked(next);
  };
  const { data: funnel, error, refetch, isPlaceholderData } = useFunnel({ region: stats.region, ...asked });
  const figures = useFunnelFigures(funnel);
  const endBeforeStart = isCalendarDay(choice.from) && isCalendarDay(choice.to) && choice.from > choice.to;

  return (
    <Stack spacing={2}>
      <ChartCard title={translate('dashboard.funnel.title')} hint={translate('dashboard.funnel.hint')} figures={figures}>
        <FunnelControls value={choice} quick={quick} endBeforeStart={endBeforeStart} onChange={change} />
        {/* Reserved height: the bar comes and goes without moving the chart. */}
        <Box sx={{ height: 4, mb: 1 }}>{isPlaceholderData && <LinearProgress aria-label={translate('dashboard.funnel.loading')} />}</Box>
        {funnel ? (
          <FunnelBody funnel={funnel} />
        ) : error ? (
          <WidgetError title={translate('dashboard.funnel.error')} error={error} onRetry={() => void refetch()} />
        ) : (
          <Box component="output" aria-label={translate('dashboard.funnel.loading')} aria-busy sx={{ display: 'block' }}>
            <Skeleton variant="rounded" height={320} />
          </Box>
        )}
      </ChartCard>
      <SignUpsCard region={stats.region} from={asked.from} to={asked.to} />
    </Stack>
  );
}
