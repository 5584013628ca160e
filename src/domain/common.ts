import { z } from 'zod';

/** A field's error: required when the value is missing, `wrongKind` when it is there but not of the field's kind. */
export const requiredOr = (wrongKind: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? 'app.validation.required' : wrongKind;

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * NUL, which PostgreSQL cannot store in text, or half of a UTF-16 pair, which the databases
 * would silently replace: refused the same way on every backend.
 */
export const hasUnstorableText = (value: string): boolean => value.includes('\u0000') || /\p{Surrogate}/u.test(value);

/** A trimmed text of at most `max` characters that every database stores as it was sent. */
export const storableText = (max: number) =>
  z
    .string({ error: requiredOr('app.validation.text') })
    .trim()
    .max(max, 'app.validation.tooLong')
    .refine((value) => !hasUnstorableText(value), 'app.validation.characters');

/** An optional free text of at most `max` characters; '' is stored as null. */
export const optionalText = (max: number) =>
  z.preprocess(emptyToNull, storableText(max).nullable().optional());

/** The widest integer every backend stores (PostgreSQL's `integer`). */
export const MAX_STORED_INT = 2_147_483_647;
/** A record id: a positive whole number the databases can hold. */
export const recordId = z
  .number({ error: requiredOr('app.validation.number') })
  .int('app.validation.integer')
  .positive('app.validation.required')
  .max(MAX_STORED_INT, 'app.validation.tooLarge');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real day of the calendar. */
export function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return ISO_DATE.test(day) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** A real day, or an instant on one (as a list filter may carry): `2026-13-45` is neither. */
export const isDayOrInstant = (value: string): boolean =>
  isCalendarDay(value.slice(0, 10)) && (value.length === 10 || (/^T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(value.slice(10)) && !Number.isNaN(Date.parse(value))));

/** A calendar date as YYYY-MM-DD: what date inputs send and what the API stores. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'app.validation.date')
  // A real day of the calendar: Date.parse takes 2026-02-30 and rolls it over to March 2nd.
  .refine((value) => isCalendarDay(value.slice(0, 10)), 'app.validation.date');

export const optionalDate = z.preprocess(
  (value) => (typeof value === 'string' && value.length > 10 ? value.slice(0, 10) : emptyToNull(value)),
  isoDate.nullable().optional(),
);

export const optionalCount = z.preprocess(
  emptyToNull,
  z.number().int('app.validation.integer').min(0, 'app.validation.positive').max(1_000_000).nullable().optional(),
);

/** Fields every stored record carries, set by the store, never by a client. */
export const recordMeta = ['id', 'version', 'createdAt', 'updatedAt'] as const;

export interface StoredRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Today's date as YYYY-MM-DD in UTC. */
export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both YYYY-MM-DD or ISO timestamps). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}

/** `date` (YYYY-MM-DD) plus whole years, kept on the same month and day. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${date.slice(4, 10)}`;
}

export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(Date.parse(date.slice(0, 10)) + days * 86_400_000));
}

/** `date` (YYYY-MM-DD) plus whole months; a day the month lacks falls on its last day (Aug 31 + 6 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(Math.floor(index / 12), index % 12, Math.min(day, lastDay))));
}
