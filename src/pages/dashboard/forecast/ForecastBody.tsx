import { Grid, Stack, Typography } from '@mui/material';
import { ForecastFan } from '../../../charts';
import type { Forecast, ProgressStats } from '../../../domain';
import { useLocaleFormat } from '../useLocaleFormat';
import { ForecastLevers } from './ForecastLevers';
import { useFanLabels } from './useFanLabels';
import { useForecastWords } from './useForecastWords';

/** The fan on one side, the words on the other; stacked, words first, on a narrow screen. */
export function ForecastBody({ forecast, stats }: { forecast: Forecast; stats: ProgressStats }) {
  const { locale } = useLocaleFormat();
  const words = useForecastWords(forecast);
  const labels = useFanLabels(words.sentence);
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 5 }} sx={{ order: { md: 2 } }}>
        <Stack spacing={1.5}>
          <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
            {words.sentence}
          </Typography>
          <Typography variant="body2">{words.ranges}</Typography>
          <ForecastLevers top={words.topLever} others={words.otherLevers} />
          <Typography variant="caption" color="text.secondary" component="p">
            {words.basis}
            {words.pooled && ` ${words.pooled}`}
          </Typography>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <ForecastFan data={{ progress: stats, path: forecast.path, target: forecast.target }} labels={labels} locale={locale} />
      </Grid>
    </Grid>
  );
}
