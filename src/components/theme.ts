import { defaultTheme, type RaThemeOptions } from 'react-admin';

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
    RaAppBar: { defaultProps: { color: 'primary' } },
  },
  typography: {
    fontFamily: ['Inter', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'].join(','),
  },
};
