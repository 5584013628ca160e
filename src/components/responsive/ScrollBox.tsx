import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * A table that scrolls sideways inside its own box when the screen is narrower than its
 * columns. Zero width, grown to its container's: it never widens the page around it.
 */
export function ScrollBox({ children }: { children: ReactNode }) {
  return <Box sx={{ width: 0, minWidth: '100%', overflowX: 'auto' }}>{children}</Box>;
}
