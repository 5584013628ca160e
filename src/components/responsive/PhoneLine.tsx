import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * The second line of an item in a phone's simple list: a few short fields side by side,
 * wrapping when they do not fit. Inline only: it sits inside the item's paragraph.
 */
export function PhoneLine({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5, rowGap: 0.25 }}>
      {children}
    </Box>
  );
}
