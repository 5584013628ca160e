import { useEffect, type ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import createCache from '@emotion/cache';
import { GlobalStyles, ThemeProvider, type Theme } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { isRightToLeft } from '../../i18n';
import { rightToLeftCache } from './rightToLeft';

const ltrCache = createCache({ key: 'ltr' });

const SVG_LEFT_TO_RIGHT = 'svg { /* @noflip */ direction: ltr; }';

const withDirection = (direction: 'ltr' | 'rtl') => (outer: Theme) => ({ ...outer, direction });

/**
 * The page's direction follows the language: `dir` and `lang` on the document, MUI's theme
 * and mirrored styles in Arabic. Drawings keep their own axes: a chart's years and the map's
 * west–east read left to right in every language, so SVG is always laid out left to right.
 */
export function Directional({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const rtlCache = isRightToLeft(locale) ? rightToLeftCache() : undefined;
  const rtl = rtlCache !== undefined;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = rtl ? 'rtl' : 'ltr';
  }, [locale, rtl]);
  return (
    <CacheProvider value={rtlCache ?? ltrCache}>
      <ThemeProvider theme={withDirection(rtl ? 'rtl' : 'ltr')}>
        {/* A string, for the comment that keeps the mirroring plugin from turning it to rtl. */}
        <GlobalStyles styles={SVG_LEFT_TO_RIGHT} />
        {children}
      </ThemeProvider>
    </CacheProvider>
  );
}
