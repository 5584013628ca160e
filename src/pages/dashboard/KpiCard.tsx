import { useId, type ReactNode } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';

interface KpiCardProps {
  label: string;
  value: string;
  /** Words after the value, e.g. "of 500". */
  unit?: string;
  icon: ReactNode;
  /** Draws the value in the accent colour: a figure that asks for attention. */
  alert?: boolean;
  children?: ReactNode;
}

/** One headline figure: a labelled region, so it reads as "Stalled: 14" to a screen reader too. */
export function KpiCard({ label, value, unit, icon, alert = false, children }: KpiCardProps) {
  const labelId = useId();
  return (
    <Card component="section" aria-labelledby={labelId} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary' }}>
          <Box sx={{ display: 'flex', color: alert ? 'secondary.main' : 'primary.main' }} aria-hidden>
            {icon}
          </Box>
          <Typography id={labelId} variant="subtitle2" component="h2">
            {label}
          </Typography>
        </Stack>
        <Typography variant="h4" component="p" sx={{ mt: 1.5, fontWeight: 700, color: alert ? 'secondary.main' : 'text.primary' }}>
          {value}
          {unit && (
            <Typography component="span" variant="h6" sx={{ ml: 1, color: 'text.secondary', fontWeight: 400 }}>
              {unit}
            </Typography>
          )}
        </Typography>
        <Stack spacing={1} sx={{ mt: 1 }}>
          {children}
        </Stack>
      </CardContent>
    </Card>
  );
}

/** The small grey line under a figure that says what it counts. */
export const KpiHint = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary">
    {children}
  </Typography>
);
