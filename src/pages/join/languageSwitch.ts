import { JOIN_LOCALES, type JoinLocale } from '../../domain/joinLimits';
import { h } from './dom';
import { LANGUAGE_NAMES, type Translator } from './i18n';

/**
 * Links to the page in each language, each named in its own. A click switches in place (what
 * was typed stays) and puts the choice in the address; a language that cannot load says so.
 */
export function languageSwitch(tr: Translator, onFailure: () => void): HTMLElement {
  const links = JOIN_LOCALES.map((locale) => h('a', { href: `?lang=${locale}`, hreflang: locale, lang: locale }, LANGUAGE_NAMES[locale]));
  const nav = h('nav', { class: 'languages' }, h('ul', {}, ...links.map((link) => h('li', {}, link))));
  tr.paint(() => {
    nav.setAttribute('aria-label', tr.t('join.languages'));
    links.forEach((link, i) => (JOIN_LOCALES[i] === tr.locale ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
  });
  links.forEach((link, i) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void switchTo(tr, JOIN_LOCALES[i]!).catch(onFailure);
    }),
  );
  return nav;
}

async function switchTo(tr: Translator, locale: JoinLocale): Promise<void> {
  await tr.switchTo(locale);
  const params = new URLSearchParams(location.search);
  params.set('lang', locale);
  history.replaceState(history.state, '', `?${params}${location.hash}`);
}
