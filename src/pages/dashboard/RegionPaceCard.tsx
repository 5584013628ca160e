import { Button } from '@mui/material';
import SpeedOutlined from '@mui/icons-material/SpeedOutlined';
import { useTranslate } from 'react-admin';
import type { ProgressStats } from '../../domain';
import { KpiCard, KpiHint } from './KpiCard';
import { useLocaleFormat } from './useLocaleFormat';

interface RegionPaceCardProps {
  stats: ProgressStats;
  onShowAllAfrica: () => void;
}

/**
 * One region's own pace: where its count lands by the end of the window if it keeps going as
 * it has. Nothing per month to reach 500 and no "on pace" / "behind": the target and its pace
 * are the initiative's (decision 006), and the card says so, with the way back to them.
 */
export function RegionPaceCard({ stats, onShowAllAfrica }: RegionPaceCardProps) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  return (
    <KpiCard
      label={translate('dashboard.kpi.regionPace')}
      value={format.number(stats.projected)}
      unit={translate('dashboard.kpi.regionProjected', { years: format.number(stats.years) })}
      icon={<SpeedOutlined />}
    >
      <KpiHint>{translate(stats.currentYear < 1 ? 'dashboard.kpi.notStarted' : 'dashboard.kpi.regionPaceHint')}</KpiHint>
      <KpiHint>{translate('dashboard.kpi.africaWide', { target: format.number(stats.target) })}</KpiHint>
      <Button size="small" onClick={onShowAllAfrica} sx={{ alignSelf: 'flex-start', px: 0 }}>
        {translate('dashboard.kpi.showAllAfrica')}
      </Button>
    </KpiCard>
  );
}
