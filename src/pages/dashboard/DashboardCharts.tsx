import { Grid } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FocusAreaChart, ProgressChart, RegionChart, StageFunnel } from '../../charts';
import type { ProgressStats } from '../../domain';
import { CountingRule } from '../../components/CountingRule';
import { ChartCard } from './ChartCard';
import { ForecastCard } from './forecast/ForecastCard';
import { useChartLabels } from './useChartLabels';
import { useLocaleFormat } from './useLocaleFormat';
import { useChartFigures } from './report/useChartFigures';

/**
 * The progress chart large, the pipeline beside it, then where the count is likely to land, then
 * where the counted partnerships are and what they do.
 */
export function DashboardCharts({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const labels = useChartLabels(stats.region);
  const { locale } = useLocaleFormat();
  const figures = useChartFigures(stats);
  const progressHint = stats.region
    ? translate('dashboard.chart.progressHintRegion', { region: translate(`app.region.${stats.region}`) })
    : translate('dashboard.chart.progressHint');
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <ChartCard title={translate('dashboard.chart.progress')} hint={progressHint} figures={figures.progress}>
          {/*
            A region's view leaves out the initiative's milestones rather than labelling them: drawn
            beside a region's count, a 100…500 line still reads as a target that region misses, and
            it squeezes that count against the bottom of an axis scaled to 500. Without it the
            region's own curve and pace fill the chart; the hint and the pace card say that the
            milestones are Africa-wide, a click away (decision 006).
          */}
          <ProgressChart data={stats} labels={labels.progress} locale={locale} showMilestones={!stats.region} />
          <CountingRule startDate={stats.startDate} endDate={stats.endDate} target={stats.target} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <ChartCard title={translate('dashboard.chart.stages')} hint={translate('dashboard.chart.stagesHint')} figures={figures.stages}>
          <StageFunnel data={stats.byStage} labels={labels.stages} locale={locale} />
        </ChartCard>
      </Grid>
      <Grid size={12}>
        <ForecastCard stats={stats} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={translate('dashboard.chart.regions')} figures={figures.regions}>
          <RegionChart data={stats.byRegion} labels={labels.regions} locale={locale} selected={stats.region} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={translate('dashboard.chart.focusAreas')} hint={translate('dashboard.chart.focusAreasHint')} figures={figures.focusAreas}>
          <FocusAreaChart data={stats.byFocusArea} labels={labels.focusAreas} locale={locale} />
        </ChartCard>
      </Grid>
    </Grid>
  );
}
