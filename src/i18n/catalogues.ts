import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { ourEnglish } from './ours';
import { loadRightToLeft } from '../components/direction/rightToLeft';

/** The African Union's working languages; each names itself in the language menu. */
export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
  { locale: 'pt', name: 'Português' },
  { locale: 'ar', name: 'العربية' },
] as const;
export type Locale = (typeof LOCALES)[number]['locale'];

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l.locale === value);
/** Arabic reads right to left: the layout mirrors, charts and the map do not. */
export const isRightToLeft = (locale: string) => locale === 'ar';

/** English ships with the app; the other languages load when someone chooses them. */
export const english: TranslationMessages = mergeTranslations(englishMessages, ourEnglish);

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<TranslationMessages>> = {
  fr: async () => {
    const [{ default: reactAdmin }, { default: ours }] = await Promise.all([import('ra-language-french'), import('./locales/fr')]);
    return mergeTranslations(reactAdmin, ours);
  },
  // No react-admin catalogue is kept for these: ours translates its strings too.
  pt: async () => (await import('./locales/pt')).default as TranslationMessages,
  ar: async () => {
    // Arabic reads right to left: the mirroring styles come with its words.
    const [{ default: ar }] = await Promise.all([import('./locales/ar'), loadRightToLeft()]);
    return ar as TranslationMessages;
  },
};

const loaded = new Map<Locale, TranslationMessages>([['en', english]]);
const loading = new Map<Locale, Promise<TranslationMessages>>();

/** A language's catalogue, loaded once. */
export function loadCatalogue(locale: Locale): Promise<TranslationMessages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then((messages) => {
      loaded.set(locale, messages);
      return messages;
    });
    // A failed load (offline) is tried again the next time.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** The catalogue if it has loaded already. */
export const loadedCatalogue = (locale: Locale): TranslationMessages | undefined => loaded.get(locale);
