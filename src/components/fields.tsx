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

/** A date field in the language the user picked (react-admin's follows the browser). */
export function LocaleDateField({ source, showTime = false }: FieldProps & { source: string; showTime?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? formatDate(value, locale, showTime) : ''}
    </Typography>
  );
}

/** A number field in the user's locale. */
export function LocaleNumberField({ source, options }: FieldProps & { source: string; options?: Intl.NumberFormatOptions }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source] as number | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'number' ? formatNumber(value, locale, options) : ''}
    </Typography>
  );
}

/** The translated label of an enum value: `app.<group>.<value>`. */
export function EnumField({ source, group }: FieldProps & { source: string; group: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? translate(`app.${group}.${value}`) : ''}
    </Typography>
  );
}
