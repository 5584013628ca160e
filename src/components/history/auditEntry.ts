import type { AuditRow } from '../../domain';
import { countryName } from '../../lib/countries';
import { formatDate, formatNumber } from '../fields';
import type { Named, ValueKind } from './fieldKinds';

export { SECRET } from '../../domain';

/** One row of GET /api/audit (docs/decisions/011). */
export type AuditEntry = AuditRow;

/** What saying a value needs: the user's words and locale, and the names of the records it points to. */
export interface Wording {
  translate: (key: string, options?: Record<string, unknown>) => string;
  locale: string;
  /** The record's name, or undefined when no such record exists (any more). */
  nameOf: (resource: Named, id: number) => string | undefined;
}

const languageNames = new Map<string, Intl.DisplayNames>();
function languageName(code: string, locale: string) {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

function one(value: unknown, kind: ValueKind | undefined, { translate, locale, nameOf }: Wording): string {
  if (typeof value === 'boolean') return translate(value ? 'app.yes' : 'app.no');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  const text = String(value);
  if (kind === 'date') return formatDate(text, locale);
  if (kind === 'timestamp') return formatDate(text, locale, true);
  if (kind === 'count' && typeof value === 'number') return formatNumber(value, locale);
  if (kind === 'country') return countryName(text, locale);
  if (kind === 'language') return languageName(text, locale);
  if (kind && typeof kind === 'object' && 'enum' in kind) return translate(`app.${kind.enum}.${text}`, { _: text });
  if (kind && typeof kind === 'object' && 'ref' in kind && typeof value === 'number') {
    return nameOf(kind.ref, value) ?? translate(`app.history.gone.${kind.ref}`, { id: value });
  }
  return text;
}

/**
 * A recorded value in plain words: labels for keys, names for ids, dates in the user's locale
 * and time zone, lists as their items; empty is "—".
 */
export function plainValue(value: unknown, kind: ValueKind | undefined, wording: Wording): string {
  if (value === null || value === undefined || value === '') return wording.translate('app.none');
  if (Array.isArray(value)) {
    if (value.length === 0) return wording.translate('app.none');
    const item = kind && typeof kind === 'object' && 'list' in kind ? kind.list : undefined;
    return value.map((element) => one(element, item, wording)).join(', ');
  }
  return one(value, kind, wording);
}
