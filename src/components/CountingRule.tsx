import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { addDays } from '../domain';
import { formatDate, formatNumber } from './fields';

/**
 * What counts toward the goal (DESIGN.md, "The goal and how it is counted"), in plain words.
 * `endDate` is the first day after the window, as in ProgressStats; the reader sees the last day.
 */
export function CountingRule({ startDate, endDate, target }: { startDate: string; endDate: string; target: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.countingRule.text', {
        target: formatNumber(target, locale),
        start: formatDate(startDate, locale),
        end: formatDate(addDays(endDate, -1), locale),
      })}
    </Typography>
  );
}
