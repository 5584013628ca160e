import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { STAGES } from '../../domain';
import { shadeBands, STAGE_COLOURS } from './geography';

function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <Stack component="li" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <Box aria-hidden sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: colour, border: '1px solid rgba(0,0,0,0.15)' }} />
      <Typography variant="caption">{label}</Typography>
    </Stack>
  );
}

function LegendList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <Stack component="ul" direction="row" aria-label={title} sx={{ flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5, listStyle: 'none', p: 0, m: 0 }}>
        {children}
      </Stack>
    </Box>
  );
}

/** What the shades and the arc colours mean. */
export function MapLegend({ largest }: { largest: number }) {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <LegendList title={translate('map.legend.regions')}>
        {shadeBands(largest).map((band) => (
          <Swatch
            key={band.from}
            colour={band.shade}
            label={band.to === 0 ? translate('map.legend.zero') : band.from === band.to ? String(band.from) : translate('map.legend.range', { from: band.from, to: band.to })}
          />
        ))}
      </LegendList>
      <LegendList title={translate('map.legend.stages')}>
        {STAGES.map((stage) => (
          <Swatch key={stage} colour={STAGE_COLOURS[stage]} label={translate(`app.stage.${stage}`)} />
        ))}
      </LegendList>
    </Stack>
  );
}
