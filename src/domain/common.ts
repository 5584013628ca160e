import { z } from 'zod';

/** A field's error: required when the value is missing, `wrongKind` when it is there but not of the field's kind. */
export const requiredOr = (wrongKind: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? 'app.validation.required' : wrongKind;

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** An optional free text of at most `max` characters; '' is stored as null. */
export const optionalText = (max: number) =>
  z.preprocess(emptyToNull, z.string().trim().max(max, 'app.validation.tooLong').nullable().optional());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD: what date inputs send and what the API stores. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'app.validation.date')
  // A real day of the calendar: Date.parse takes 2026-02-30 and rolls it over to March 2nd.
  .refine((value) => {
    const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value.slice(0, 10);
  }, 'app.validation.date');

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
