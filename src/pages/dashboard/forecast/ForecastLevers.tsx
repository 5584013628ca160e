import { useId } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface ForecastLeversProps {
  /** The lever that would add most, in a sentence. */
  top: string;
  others: Array<{ key: string; text: string }>;
}

/** "What moves it": the stage where more conversion or less time would add most, then the runners-up. */
export function ForecastLevers({ top, others }: ForecastLeversProps) {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3">
        {translate('dashboard.forecast.levers')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('dashboard.forecast.leversHint')}
      </Typography>
      <Typography variant="body2">{top}</Typography>
      {others.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
          {others.map((lever) => (
            <Typography key={lever.key} component="li" variant="body2">
              {lever.text}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
