import { Grid, LinearProgress } from '@mui/material';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import LocationCityOutlined from '@mui/icons-material/LocationCityOutlined';
import HourglassBottomOutlined from '@mui/icons-material/HourglassBottomOutlined';
import FilterAltOutlined from '@mui/icons-material/FilterAltOutlined';
import { Link, useTranslate } from 'react-admin';
import type { AuRegion, ProgressStats } from '../../domain';
import { KpiCard, KpiHint } from './KpiCard';
import { PaceCard } from './PaceCard';
import { useLocaleFormat } from './useLocaleFormat';

/** The partnerships list narrowed to the stalled ones (of the region on view). */
const stalledListPath = (region: AuRegion | null) =>
  `/partnerships?filter=${encodeURIComponent(JSON.stringify(region ? { stalled: true, region } : { stalled: true }))}`;

/** The headline figures: how far from the goal, how many cities, the pace, where we are stuck. */
export function KpiCards({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const share = stats.target > 0 ? stats.counted / stats.target : 0;
  const cards = [
    <KpiCard
      key="counted"
      label={translate('dashboard.kpi.counted')}
      value={format.number(stats.counted)}
      unit={translate('dashboard.kpi.countedOf', { target: format.number(stats.target) })}
      icon={<HandshakeOutlined />}
    >
      <LinearProgress
        variant="determinate"
        value={Math.min(share, 1) * 100}
        aria-label={translate('dashboard.kpi.counted')}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <KpiHint>{translate('dashboard.kpi.percent', { percent: format.percent(share) })}</KpiHint>
    </KpiCard>,
    <KpiCard key="cities" label={translate('dashboard.kpi.cities')} value={format.number(stats.africanCities)} icon={<LocationCityOutlined />}>
      <KpiHint>{translate('dashboard.kpi.citiesHint')}</KpiHint>
    </KpiCard>,
    <PaceCard key="pace" stats={stats} />,
    <KpiCard
      key="stalled"
      label={translate('dashboard.kpi.stalled')}
      value={format.number(stats.stalled)}
      icon={<HourglassBottomOutlined />}
      alert={stats.stalled > 0}
    >
      <KpiHint>{translate('dashboard.kpi.stalledHint')}</KpiHint>
      <Link to={stalledListPath(stats.region)} variant="body2">
        {translate('dashboard.kpi.stalledLink')}
      </Link>
    </KpiCard>,
    <KpiCard key="pipeline" label={translate('dashboard.kpi.pipeline')} value={format.number(stats.inPipeline)} icon={<FilterAltOutlined />}>
      <KpiHint>{translate('dashboard.kpi.pipelineHint')}</KpiHint>
    </KpiCard>,
  ];
  return (
    <Grid container spacing={2}>
      {cards.map((card) => (
        <Grid key={card.key} size={{ xs: 12, sm: 6, lg: 'grow' }}>
          {card}
        </Grid>
      ))}
    </Grid>
  );
}
