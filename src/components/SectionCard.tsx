import { useId, type ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

interface SectionCardProps {
  /** Already in the user's language. */
  title: string;
  hint?: string;
  children: ReactNode;
}

/** A titled card; the title names the card's region, so screen readers can jump to it by name. */
export function SectionCard({ title, hint, children }: SectionCardProps) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2">
          {title}
        </Typography>
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
