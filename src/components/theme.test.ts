import { describe, expect, it } from 'vitest';
import { createTheme, darken, decomposeColor, getContrastRatio, lighten, recomposeColor, type Theme } from '@mui/material/styles';
import { DARK_APP_BAR, darkTheme, lightTheme } from './theme';

/** WCAG AA: normal text; large text and the parts of a control. */
const TEXT = 4.5;
const LARGE = 3;

/** A colour with transparency as it shows over an opaque one (the contrast of rgba text is that of the mix). */
function over(color: string, background: string): string {
  const { values: fg } = decomposeColor(color);
  const { values: bg } = decomposeColor(background);
  const opacity = fg[3] ?? 1;
  return recomposeColor({ type: 'rgb', values: [0, 1, 2].map((i) => Math.round(fg[i]! * opacity + bg[i]! * (1 - opacity))) as [number, number, number] });
}

const contrast = (text: string, background: string) => getContrastRatio(over(text, background), background);

const FILLED = ['primary', 'secondary', 'error', 'info', 'success', 'warning'] as const;

/** The pairs a page shows, each as [what, text, background, minimum]. */
function pairsOf(theme: Theme, appBar: { background: string; text: string }): Array<[string, string, string, number]> {
  const { palette } = theme;
  const surfaces = { page: palette.background.default, paper: palette.background.paper };
  // react-admin's form toolbar (Save, Delete) and the toolbar of a list's selected rows (bulk Delete).
  const formToolbar = (theme.components as Record<string, { styleOverrides?: { root?: { backgroundColor?: string } } }>).RaToolbar!.styleOverrides!.root!.backgroundColor!;
  const bulkToolbar = palette.mode === 'light' ? lighten(palette.primary.light, 0.8) : darken(palette.primary.dark, 0.5);
  return [
    ...Object.entries(surfaces).flatMap(([name, surface]): Array<[string, string, string, number]> => [
      [`text on the ${name}`, palette.text.primary, surface, TEXT],
      [`secondary text on the ${name}`, palette.text.secondary, surface, TEXT],
      // Links, text buttons and outlined chips (a region) are written in the colour itself.
      ...FILLED.map((color): [string, string, string, number] => [`${color} text on the ${name}`, palette[color].main, surface, TEXT]),
      // A filled grey chip (the prospect stage) over the surface.
      [`a grey chip on the ${name}`, palette.text.primary, over(palette.action.selected, surface), TEXT],
    ]),
    // Contained buttons and filled chips (the stages, a program's status).
    ...FILLED.map((color): [string, string, string, number] => [`a filled ${color} button or chip`, palette[color].contrastText, palette[color].main, TEXT]),
    ['the delete button on the form toolbar', palette.error.main, formToolbar, TEXT],
    ['the bulk delete button on the selection toolbar', palette.error.main, bulkToolbar, TEXT],
    ['the primary button on the form toolbar', palette.primary.contrastText, palette.primary.main, TEXT],
    ['the app bar', appBar.text, appBar.background, TEXT],
    ['a focused field’s outline on the paper', palette.primary.main, surfaces.paper, LARGE],
  ];
}

describe.each([
  ['light', createTheme(lightTheme), (theme: Theme) => ({ background: theme.palette.primary.main, text: theme.palette.primary.contrastText })],
  ['dark', createTheme(darkTheme), () => DARK_APP_BAR],
] as const)('the %s theme', (mode, theme, appBarOf) => {
  it('is the mode it says', () => {
    expect(theme.palette.mode).toBe(mode);
  });

  it.each(pairsOf(theme, appBarOf(theme)))('meets WCAG AA for %s', (_what, text, background, minimum) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(minimum);
  });
});

it('keeps SCI’s blue and warm accent in both themes, and the same overrides', () => {
  const [light, dark] = [createTheme(lightTheme), createTheme(darkTheme)];
  for (const { palette } of [light, dark]) {
    const [r, g, b] = decomposeColor(palette.primary.main).values;
    expect(b).toBeGreaterThan(Math.max(r, g));
    const [sr, , sb] = decomposeColor(palette.secondary.main).values;
    expect(sr).toBeGreaterThan(sb);
  }
  expect(Object.keys(darkTheme.components ?? {})).toEqual(expect.arrayContaining(['RaAppBar', 'RaDataTableBody']));
  expect(darkTheme.components?.RaDataTableBody).toEqual(lightTheme.components?.RaDataTableBody);
});
