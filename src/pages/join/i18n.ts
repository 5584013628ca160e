import { JOIN_LOCALES, type JoinLocale } from '../../domain/joinLimits';
import en, { type JoinCatalogue, type JoinMessageKey } from './locales/en';

/** Each language names itself in the switch. */
export const LANGUAGE_NAMES: Record<JoinLocale, string> = { en: 'English', fr: 'Français', pt: 'Português', ar: 'العربية' };

const isJoinLocale = (value: unknown): value is JoinLocale => (JOIN_LOCALES as readonly unknown[]).includes(value);

/** `?lang=` when it names one of ours, else the first of the reader's languages we have, else English. */
export function pickLocale(search: string, languages: readonly string[]): JoinLocale {
  const asked = new URLSearchParams(search).get('lang');
  if (isJoinLocale(asked)) return asked;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isJoinLocale(base)) return base;
  }
  return 'en';
}

// English ships with the page (and stands in if another cannot load); the others load when read.
const loaders: Record<Exclude<JoinLocale, 'en'>, () => Promise<{ default: JoinCatalogue }>> = {
  fr: () => import('./locales/fr'),
  pt: () => import('./locales/pt'),
  ar: () => import('./locales/ar'),
};

export const loadCatalogue = async (locale: JoinLocale): Promise<JoinCatalogue> =>
  locale === 'en' ? en : (await loaders[locale]()).default;

export type Params = Record<string, string | number>;

/**
 * The page's words in the reader's language. `paint` keeps a piece of the page in the
 * current language: it runs at once and again after every switch, so typed values stay.
 */
export class Translator {
  #paints: Array<() => void> = [];

  constructor(
    public locale: JoinLocale,
    private catalogue: JoinCatalogue,
  ) {}

  t = (key: JoinMessageKey, params: Params = {}): string =>
    this.catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

  /** True for a key of the catalogues: the server's error keys are checked before use. */
  has = (key: string): key is JoinMessageKey => Object.hasOwn(en, key);

  paint(fn: () => void): void {
    this.#paints.push(fn);
    fn();
  }

  text<E extends HTMLElement>(element: E, key: JoinMessageKey): E {
    this.paint(() => (element.textContent = this.t(key)));
    return element;
  }

  async switchTo(locale: JoinLocale): Promise<void> {
    this.catalogue = await loadCatalogue(locale);
    this.locale = locale;
    applyDocumentLanguage(locale);
    for (const fn of this.#paints) fn();
  }
}

export function applyDocumentLanguage(locale: JoinLocale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
}

/** The translator in the reader's language, or in English when that cannot load (offline). */
export async function createTranslator(locale: JoinLocale): Promise<Translator> {
  const catalogue = await loadCatalogue(locale).catch(() => null);
  const translator = new Translator(catalogue ? locale : 'en', catalogue ?? en);
  applyDocumentLanguage(translator.locale);
  return translator;
}
