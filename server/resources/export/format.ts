import type { CityNames, PartnershipNames } from '../../../src/lib/linkLabels';
import type { Cell } from './cells';
import type { ExportLocale, Translate } from './catalogues';

/** The names of what the exported records link to, by id: read per chunk, not per row. */
export interface LinkedNames {
  cities: Record<number, CityNames>;
  partnerships: Record<number, PartnershipNames>;
  users: Record<number, string>;
}

/** What a column needs besides its record: the user's language and the linked names. */
export interface CellContext {
  t: Translate;
  locale: ExportLocale;
  linked: LinkedNames;
}

export interface Column<R> {
  /** The field whose label titles the column (resources.<name>.fields.<field>). */
  field: string;
  cell: (record: R, context: CellContext) => Cell | undefined;
}

/** An enum value's label (`app.<group>.<value>`); nothing for no value. */
export const enumLabel = (t: Translate, group: string, value: string | null | undefined): Cell => (value ? t(`app.${group}.${value}`) : null);

export const enumLabels = (t: Translate, group: string, values: readonly string[] | null | undefined): Cell =>
  (values ?? []).map((value) => t(`app.${group}.${value}`)).join('; ');

export const yesNo = (t: Translate, value: boolean | number | null | undefined): Cell => t(value ? 'app.yes' : 'app.no');

/** A day as YYYY-MM-DD, which every spreadsheet reads as a date. */
export const isoDay = (value: string | null | undefined): Cell => (value ? value.slice(0, 10) : null);

/** An instant as "YYYY-MM-DD HH:MM" in UTC (spreadsheets read it); a bare day stays a day. */
export const isoInstant = (value: string | null | undefined): Cell => {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 16).replace('T', ' ');
};

const displayNames = new Map<string, Intl.DisplayNames>();
function displayNamesOf(locale: ExportLocale, type: 'region' | 'language') {
  const key = `${locale} ${type}`;
  if (!displayNames.has(key)) displayNames.set(key, new Intl.DisplayNames([locale], { type, fallback: 'code' }));
  return displayNames.get(key)!;
}

/** A country's name in the user's language (ISO 3166 code in, "Ghana" / "Ghana" out). */
export const countryName = (locale: ExportLocale, code: string | null | undefined): Cell => (code ? (displayNamesOf(locale, 'region').of(code) ?? code) : null);

export const languageNames = (locale: ExportLocale, codes: readonly string[] | null | undefined): Cell =>
  (codes ?? []).map((code) => displayNamesOf(locale, 'language').of(code) ?? code).join('; ');
