import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgressStats } from '../../../domain';
import { CountingRule } from '../../../components/CountingRule';
import { useLocaleFormat } from '../useLocaleFormat';
import { REPORT_FOOTER } from './printStyles';
import { usePrinting } from './usePrinting';

/**
 * The foot of every printed page: the date the figures stand at, the region they cover, and
 * the rule that counts them, so a page torn from the report still says what it shows. On
 * paper only: on screen the header says the date and the progress card the rule.
 */
export function ReportFooter({ stats }: { stats: ProgressStats }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const printing = usePrinting();
  if (!printing) return null;
  const region = stats.region ? translate(`app.region.${stats.region}`) : translate('dashboard.report.allAfrica');
  return (
    <Box component="footer" className={REPORT_FOOTER}>
      <Typography variant="caption" component="p" sx={{ fontWeight: 600 }}>
        {translate('dashboard.report.footer', { date: format.date(stats.asOf), region })}
      </Typography>
      <Box sx={{ '& .MuiTypography-root': { fontSize: '0.75rem' } }}>
        <CountingRule startDate={stats.startDate} endDate={stats.endDate} target={stats.target} />
      </Box>
    </Box>
  );
}
