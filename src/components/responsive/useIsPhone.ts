import { useMediaQuery, type Theme } from '@mui/material';

/** True under the theme's `sm` breakpoint, where react-admin itself switches to its phone layout. */
export function useIsPhone(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
}
