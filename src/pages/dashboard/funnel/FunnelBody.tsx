import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ConversionFunnel } from '../../../charts';
import { EXITS, type Funnel } from '../../../domain';
import { useLocaleFormat } from '../useLocaleFormat';
import { useFunnelLabels } from './useFunnelLabels';

/** The funnel drawn stage by stage, then where the stays that left the pipeline went. */
export function FunnelBody({ funnel }: { funnel: Funnel }) {
  const translate = useTranslate();
  const { locale, number } = useLocaleFormat();
  const labels = useFunnelLabels();
  if (funnel.stages.every((stage) => stage.entered === 0)) {
    return <Typography color="text.secondary">{translate('dashboard.funnel.empty')}</Typography>;
  }
  return (
    <Stack spacing={1.5}>
      <ConversionFunnel stages={funnel.stages} labels={labels} locale={locale} />
      <Box>
        <Typography variant="overline" component="h3" color="text.secondary">
          {translate('dashboard.funnel.exitsHeading')}
        </Typography>
        <Stack component="ul" direction="row" sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap', columnGap: 3 }}>
          {EXITS.map((exit) => (
            <Typography component="li" key={exit} variant="body2">
              {translate(`app.stage.${exit}`)} <strong>{number(funnel.exits[exit])}</strong>
            </Typography>
          ))}
        </Stack>
      </Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('dashboard.funnel.conversionRule')}
      </Typography>
    </Stack>
  );
}
