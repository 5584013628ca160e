import { appEn } from '../../../src/i18n/app.en';
import { appFr } from '../../../src/i18n/app.fr';
import { messages as access } from '../../../src/i18n/access';
import { messages as cities } from '../../../src/resources/cities/messages';
import { messages as partnerships } from '../../../src/resources/partnerships/messages';
import { messages as events } from '../../../src/resources/events/messages';
import { messages as programs } from '../../../src/resources/programs/messages';
import { messages as users } from '../../../src/resources/users/messages';
import { messages as audit } from '../../../src/resources/audit/messages';

/*
 * The labels an export speaks: the very catalogues the UI shows (plain data), read here so
 * that no label is written twice. The one place the server reads src/ beyond src/domain
 * (decision 016).
 */

export const EXPORT_LOCALES = ['en', 'fr'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

type Tree = { [key: string]: string | Tree };
const parts = [access, cities, partnerships, events, programs, users, audit];

function merge(target: Tree, source: object): Tree {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') target[key] = value;
    else target[key] = merge(typeof target[key] === 'object' ? target[key] : {}, value as object);
  }
  return target;
}

const trees: Record<ExportLocale, Tree> = {
  en: parts.reduce((tree, part) => merge(tree, part.en), merge({}, appEn)),
  fr: parts.reduce((tree, part) => merge(tree, part.fr), merge({}, appFr)),
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
