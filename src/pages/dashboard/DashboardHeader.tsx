import type { ReactNode } from 'react';
import { Box, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addDays, type ProgressStats } from '../../domain';
import { useLocaleFormat } from './useLocaleFormat';
import { useOwnPageHeading } from '../../components/PageHeading';
import { BoardReportButton } from './report/BoardReportButton';
import { ReportPrintStyles } from './report/printStyles';
import { ReportFooter } from './report/ReportFooter';

interface DashboardHeaderProps {
  /** Absent until the first figures arrive: the dates wait as a placeholder while `loading`. */
  stats?: ProgressStats;
  loading: boolean;
  /** The region selector, on the right. */
  actions: ReactNode;
}

/**
 * The page's title, the initiative's window and the date the figures stand at; the board
 * report's button, and what the report needs on paper (its layout, its footer).
 */
export function DashboardHeader({ stats, loading, actions }: DashboardHeaderProps) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  useOwnPageHeading();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-end' } }}>
      <Box sx={{ flex: 1 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {translate('dashboard.heading')}
        </Typography>
        {stats ? (
          <Typography variant="body2" color="text.secondary">
            {translate('dashboard.window', { start: format.date(stats.startDate), end: format.date(addDays(stats.endDate, -1)) })}
            {' · '}
            {translate('dashboard.asOf', { date: format.date(stats.asOf) })}
          </Typography>
        ) : (
          loading && <Skeleton width={360} />
        )}
      </Box>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <BoardReportButton />
        {actions}
      </Stack>
      <ReportPrintStyles />
      {stats && <ReportFooter stats={stats} />}
    </Stack>
  );
}
