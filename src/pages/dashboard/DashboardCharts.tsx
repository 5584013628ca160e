import { Grid } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FocusAreaChart, ProgressChart, RegionChart, StageFunnel } from '../../charts';
import type { ProgressStats } from '../../domain';
import { ChartCard } from './ChartCard';
import { useChartLabels } from './useChartLabels';
import { useLocaleFormat } from './useLocaleFormat';

/** The progress chart large, the pipeline beside it, then where the counted partnerships are and what they do. */
export function DashboardCharts({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const labels = useChartLabels();
  const { locale } = useLocaleFormat();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <ChartCard title={translate('dashboard.chart.progress')} hint={translate('dashboard.chart.progressHint')}>
          <ProgressChart data={stats} labels={labels.progress} locale={locale} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <ChartCard title={translate('dashboard.chart.stages')} hint={translate('dashboard.chart.stagesHint')}>
          <StageFunnel data={stats.byStage} labels={labels.stages} locale={locale} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={translate('dashboard.chart.regions')}>
          <RegionChart data={stats.byRegion} labels={labels.regions} locale={locale} selected={stats.region} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={translate('dashboard.chart.focusAreas')} hint={translate('dashboard.chart.focusAreasHint')}>
          <FocusAreaChart data={stats.byFocusArea} labels={labels.focusAreas} locale={locale} />
        </ChartCard>
      </Grid>
    </Grid>
  );
}
