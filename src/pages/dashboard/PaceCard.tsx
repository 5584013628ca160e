import { Chip } from '@mui/material';
import SpeedOutlined from '@mui/icons-material/SpeedOutlined';
import { useTranslate } from 'react-admin';
import { addDays, type ProgressStats } from '../../domain';
import { KpiCard, KpiHint } from './KpiCard';
import { useLocaleFormat } from './useLocaleFormat';

type Pace = 'reached' | 'onPace' | 'behind' | 'notStarted';

function paceOf(stats: ProgressStats): Pace {
  if (stats.counted >= stats.target) return 'reached';
  if (stats.currentYear < 1) return 'notStarted';
  return stats.projected >= stats.target ? 'onPace' : 'behind';
}

/** Partnerships to sign each month to reach the target, and whether today's pace gets there. */
export function PaceCard({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const pace = paceOf(stats);
  // The API gives the first day after the window; people read the last day of it.
  const lastDay = format.date(addDays(stats.endDate, -1));
  return (
    <KpiCard
      label={translate('dashboard.kpi.needed')}
      value={format.number(stats.neededPerMonth, 1)}
      icon={<SpeedOutlined />}
      alert={pace === 'behind'}
    >
      <KpiHint>{translate('dashboard.kpi.neededHint', { target: format.number(stats.target), end: lastDay })}</KpiHint>
      {pace === 'notStarted' ? (
        <KpiHint>{translate('dashboard.kpi.notStarted')}</KpiHint>
      ) : (
        <Chip
          size="small"
          color={pace === 'behind' ? 'secondary' : 'success'}
          label={translate(`dashboard.kpi.${pace}`)}
          sx={{ alignSelf: 'flex-start', fontWeight: 600 }}
        />
      )}
      {pace !== 'notStarted' && pace !== 'reached' && (
        <KpiHint>
          {translate('dashboard.kpi.projected', { projected: format.number(stats.projected), years: format.number(stats.years) })}
        </KpiHint>
      )}
    </KpiCard>
  );
}
