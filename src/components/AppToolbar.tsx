import { LoadingIndicator, LocalesMenuButton, ToggleThemeButton, useLocales, useThemesContext, useTranslate } from 'react-admin';

/**
 * react-admin's own app bar buttons (the language, the theme when there is a dark one, refresh),
 * with the spinner that shows while data loads named for screen readers (react-admin's has no name).
 */
export function AppToolbar() {
  const locales = useLocales();
  const { darkTheme } = useThemesContext();
  const translate = useTranslate();
  return (
    <>
      {locales.length > 1 ? <LocalesMenuButton /> : null}
      {darkTheme ? <ToggleThemeButton /> : null}
      {/* react-admin hands its other props to the spinner. */}
      <LoadingIndicator aria-label={translate('ra.page.loading')} />
    </>
  );
}
