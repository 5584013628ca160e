import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
/** A formatter for the user's locale (cached: Intl formatters are costly to build). */
export function dateFormatter(locale: string, withTime = false) {
  const key = `${locale}/${withTime}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : { timeZone: 'UTC' }),
    });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** Formats YYYY-MM-DD (as a calendar date, no time zone shift) or an ISO timestamp. */
export function formatDate(value: string, locale: string, withTime = false) {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormatter(locale, withTime).format(date);
}

export const formatNumber = (value: number, locale: string, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value);

/**
 * What these fields show for a record without a value: nothing by default (a list's empty
 * cell), or `emptyText` translated, like react-admin's own fields — show pages pass
 * "app.none" so a missing value reads as "—" rather than as a gap.
 */
function useEmptyText(emptyText: string | undefined) {
  const translate = useTranslate();
  return emptyText ? translate(emptyText, { _: emptyText }) : '';
}

/** A field's text, set like react-admin's own fields. */
export const FieldText = ({ children, noWrap }: { children: string; noWrap?: boolean }) => (
  <Typography component="span" variant="body2" noWrap={noWrap}>
    {children}
  </Typography>
);

type LocaleFieldProps = FieldProps & { source: string; emptyText?: string };

/** A date field in the language the user picked (react-admin's follows the browser). */
export function LocaleDateField({ source, showTime = false, emptyText }: LocaleFieldProps & { showTime?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const empty = useEmptyText(emptyText);
  const value = record?.[source] as string | null | undefined;
  return <FieldText>{value ? formatDate(value, locale, showTime) : empty}</FieldText>;
}

/** A number field in the user's locale. */
export function LocaleNumberField({ source, options, emptyText }: LocaleFieldProps & { options?: Intl.NumberFormatOptions }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const empty = useEmptyText(emptyText);
  const value = record?.[source] as number | null | undefined;
  return <FieldText>{typeof value === 'number' ? formatNumber(value, locale, options) : empty}</FieldText>;
}

/** The translated label of an enum value: `app.<group>.<value>`. */
export function EnumField({ source, group, emptyText }: LocaleFieldProps & { group: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const empty = useEmptyText(emptyText);
  const value = record?.[source] as string | null | undefined;
  return <FieldText>{value ? translate(`app.${group}.${value}`) : empty}</FieldText>;
}
