import { LinearProgress } from '@mui/material';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import { Link, useTranslate } from 'react-admin';
import type { ProgressStats } from '../../domain';
import { KpiCard, KpiHint } from './KpiCard';
import { useLocaleFormat } from './useLocaleFormat';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The counted set as a list: the same WHERE as the count (the `counted` filter), in the same region. */
const countedListPath = (region: ProgressStats['region']) =>
  `/partnerships?filter=${encodeURIComponent(JSON.stringify(region ? { counted: true, region } : { counted: true }))}`;

/**
 * How many partnerships count toward the goal. For all of Africa, against the target. A region
 * has no target of its own (decision 006): measured against 500 it would look behind for ever,
 * so its count reads as its share of the initiative's count instead.
 */
export function CountedCard({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const figures = stats.region
    ? {
        unit: translate('dashboard.kpi.countedIn', { region: translate(`app.region.${stats.region}`) }),
        share: ratio(stats.counted, stats.countedAllRegions),
        barLabel: translate('dashboard.kpi.regionShareBar'),
        hint: (percent: string) =>
          translate('dashboard.kpi.regionShare', { percent, total: format.number(stats.countedAllRegions) }),
      }
    : {
        unit: translate('dashboard.kpi.countedOf', { target: format.number(stats.target) }),
        share: ratio(stats.counted, stats.target),
        barLabel: translate('dashboard.kpi.counted'),
        hint: (percent: string) => translate('dashboard.kpi.percent', { percent }),
      };
  return (
    <KpiCard label={translate('dashboard.kpi.counted')} value={format.number(stats.counted)} unit={figures.unit} icon={<HandshakeOutlined />}>
      <LinearProgress
        variant="determinate"
        value={Math.min(figures.share, 1) * 100}
        aria-label={figures.barLabel}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <KpiHint>{figures.hint(format.percent(figures.share))}</KpiHint>
      <Link to={countedListPath(stats.region)} variant="body2">
        {translate('dashboard.kpi.countedLink')}
      </Link>
    </KpiCard>
  );
}
