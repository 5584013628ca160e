import { Grid } from '@mui/material';
import LocationCityOutlined from '@mui/icons-material/LocationCityOutlined';
import HourglassBottomOutlined from '@mui/icons-material/HourglassBottomOutlined';
import FilterAltOutlined from '@mui/icons-material/FilterAltOutlined';
import { Link, useTranslate } from 'react-admin';
import type { ProgressStats } from '../../domain';
import { useWorkListPath } from '../work/workListPath';
import { CountedCard } from './CountedCard';
import { KpiCard, KpiHint } from './KpiCard';
import { PaceCard } from './PaceCard';
import { RegionPaceCard } from './RegionPaceCard';
import { useLocaleFormat } from './useLocaleFormat';

interface KpiCardsProps {
  stats: ProgressStats;
  /** Leaves the region's view for the initiative's, where the target and its pace apply. */
  onShowAllAfrica: () => void;
}

/** The headline figures: how far from the goal, how many cities, the pace, where we are stuck. */
export function KpiCards({ stats, onShowAllAfrica }: KpiCardsProps) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  // The stalled work list, with the filter its badge counts (of the region on view).
  const workListPath = useWorkListPath();
  const cards = [
    <CountedCard key="counted" stats={stats} />,
    <KpiCard key="cities" label={translate('dashboard.kpi.cities')} value={format.number(stats.africanCities)} icon={<LocationCityOutlined />}>
      <KpiHint>{translate('dashboard.kpi.citiesHint')}</KpiHint>
    </KpiCard>,
    stats.region ? (
      <RegionPaceCard key="pace" stats={stats} onShowAllAfrica={onShowAllAfrica} />
    ) : (
      <PaceCard key="pace" stats={stats} />
    ),
    <KpiCard
      key="stalled"
      label={translate('dashboard.kpi.stalled')}
      value={format.number(stats.stalled)}
      icon={<HourglassBottomOutlined />}
      alert={stats.stalled > 0}
    >
      <KpiHint>{translate('dashboard.kpi.stalledHint')}</KpiHint>
      {workListPath && (
        <Link to={workListPath('stalled', stats.region)} variant="body2">
          {translate('dashboard.kpi.stalledLink')}
        </Link>
      )}
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
