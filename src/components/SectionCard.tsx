import { useId, type ReactNode } from 'react';
import { Card, CardContent, Stack, Typography } from '@mui/material';

interface SectionCardProps {
  /** Already in the user's language. */
  title: string;
  hint?: string;
  /** A control beside the title, e.g. a card's downloads. */
  action?: ReactNode;
  children: ReactNode;
}

/** A titled card; the title names the card's region, so screen readers can jump to it by name. */
export function SectionCard({ title, hint, action, children }: SectionCardProps) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <Typography id={titleId} variant="h6" component="h2">
            {title}
          </Typography>
          {action}
        </Stack>
        {hint && (
          <Typography variant="body2" color="text.secondary">
            {hint}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}
