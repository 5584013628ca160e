import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useOwnPageHeading } from '../../components/PageHeading';

interface HomeHeadingProps {
  /** Already in the user's language. */
  title: string;
  hint: string;
  /** Links or controls on the right (under the title on a phone). */
  actions?: ReactNode;
}

/** A home's heading: what it is about, and where to go from it. */
export function HomeHeading({ title, hint, actions }: HomeHeadingProps) {
  useOwnPageHeading();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-end' } }}>
      <Box sx={{ flex: 1 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      </Box>
      {actions ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {actions}
        </Stack>
      ) : null}
    </Stack>
  );
}
