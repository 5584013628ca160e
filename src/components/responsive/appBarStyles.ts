import type { Theme } from '@mui/material';

/**
 * The app bar on a narrow screen: a long page title ends in an ellipsis instead of running under
 * the buttons, and on a phone the language button keeps its icon only (its name stays for screen readers).
 */
export const appBarStyles = ({ theme }: { theme: Theme }) => ({
  '& .RaAppBar-title': { minWidth: 0 },
  '& #react-admin-title > *': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  [theme.breakpoints.down('sm')]: {
    '& .RaAppBar-toolbar > span > .MuiButton-root': {
      minWidth: 0,
      fontSize: 0,
      '& .MuiButton-startIcon': { margin: 0 },
      '& .MuiButton-endIcon': { display: 'none' },
    },
  },
});
