import { mergeTrees, ourEnglish, type Tree } from '../../../src/i18n/ours';
import fr from '../../../src/i18n/locales/fr';
import pt from '../../../src/i18n/locales/pt';
import ar from '../../../src/i18n/locales/ar';

/*
 * The labels an export speaks: the very catalogues the UI shows (plain data), read here so
 * that no label is written twice. The one place the server reads src/ beyond src/domain
 * (decision 016).
 */

export const EXPORT_LOCALES = ['en', 'fr', 'pt', 'ar'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

const trees: Record<ExportLocale, Tree> = {
  en: ourEnglish as unknown as Tree,
  fr: mergeTrees({}, fr),
  pt: mergeTrees({}, pt),
  ar: mergeTrees({}, ar),
};

export type Translate = (key: string) => string;

/** The label of a key in one locale; an unknown key shows as itself (a test lists none is used). */
export function translatorFor(locale: ExportLocale): Translate {
  return (key) => {
    let node: string | Tree | undefined = trees[locale];
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : key;
  };
}
