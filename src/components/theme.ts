import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { KeyboardRow } from './responsive/KeyboardRow';
import { appBarStyles } from './responsive/appBarStyles';

/** SCI-leaning palette: deep blue, warm accent; calm surfaces for long working days. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#0b5394' },
    secondary: { main: '#c2571a' },
    background: { default: '#f5f6f8' },
  },
  shape: { borderRadius: 8 },
  components: {
    ...defaultTheme.components,
    RaAppBar: { defaultProps: { color: 'primary' }, styleOverrides: { root: appBarStyles } },
    // Every table's rows open their record with Enter, as a click does (decision 025).
    RaDataTableBody: { defaultProps: { row: KeyboardRow } },
  },
  typography: {
    fontFamily: ['Inter', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'].join(','),
  },
};
