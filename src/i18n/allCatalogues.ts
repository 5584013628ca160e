import frenchMessages from 'ra-language-french';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { english, type Locale } from './catalogues';
import fr from './locales/fr';
import pt from './locales/pt';
import ar from './locales/ar';

/**
 * Every language at once, for what reads them side by side: the import page (a column header
 * may be in any of them) and the tests that compare them. The app itself loads one at a time.
 */
export const catalogues: Record<Locale, TranslationMessages> = {
  en: english,
  fr: mergeTranslations(frenchMessages, fr),
  pt: pt as TranslationMessages,
  ar: ar as TranslationMessages,
};
