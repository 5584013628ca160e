import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import type { PaletteOptions, Theme } from '@mui/material';
import { KeyboardRow } from './responsive/KeyboardRow';
import { appBarStyles } from './responsive/appBarStyles';

/** The dark theme's app bar: SCI's deep blue, which its light primary would not give (decision 036). */
export const DARK_APP_BAR = { background: '#0e2a47', text: '#ffffff' } as const;

/**
 * What both themes share: react-admin's own overrides for the mode, ours on top, one shape and
 * type. `contrastThreshold: 4.5` makes MUI pick the text of a filled colour (a contained
 * button, a chip) at WCAG AA for normal text, not at its default 3:1.
 */
function sciTheme(base: RaThemeOptions, palette: PaletteOptions, appBar?: { background: string; text: string }): RaThemeOptions {
  return {
    ...base,
    palette: { contrastThreshold: 4.5, ...palette },
    shape: { borderRadius: 8 },
    components: {
      ...base.components,
      RaAppBar: {
        defaultProps: { color: 'primary' },
        styleOverrides: {
          root: appBar
            ? (props: { theme: Theme }) => ({ ...appBarStyles(props), backgroundColor: appBar.background, backgroundImage: 'none', color: appBar.text })
            : appBarStyles,
        },
      },
      // Every table's rows open their record with Enter, as a click does (decision 025).
      RaDataTableBody: { defaultProps: { row: KeyboardRow } },
    },
    typography: {
      fontFamily: ['Inter', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'].join(','),
    },
  };
}

/**
 * SCI-leaning palette: deep blue, warm accent; calm surfaces for long working days. Every
 * colour a chip or a button fills with carries white text at 4.5:1 or more, also on
 * react-admin's grey form toolbar (the delete button).
 */
export const lightTheme: RaThemeOptions = sciTheme(defaultLightTheme, {
  mode: 'light',
  primary: { main: '#0b5394' },
  secondary: { main: '#b5521b' },
  error: { main: '#b3261e' },
  info: { main: '#0a6c8f' },
  success: { main: '#2e7d32' },
  warning: { main: '#a15c00' },
  background: { default: '#f5f6f8' },
});

/** The same blue and warm accent, lightened to read on dark surfaces; their filled colours carry dark text. */
export const darkTheme: RaThemeOptions = sciTheme(
  defaultDarkTheme,
  {
    mode: 'dark',
    primary: { main: '#8ab4e6' },
    secondary: { main: '#f2a66e' },
    error: { main: '#ffb4ab' },
    info: { main: '#7cc4f0' },
    success: { main: '#81c784' },
    warning: { main: '#ffb74d' },
    background: { default: '#0f141a', paper: '#161c23' },
  },
  DARK_APP_BAR,
);

/** The light theme under its former name. */
export const theme = lightTheme;
