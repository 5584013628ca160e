import type { City } from '../../domain';

export type MembershipStatus = 'notApplicable' | 'notMember' | 'current' | 'lapsed' | 'unknown';

/**
 * Where a city stands with SCI. Only US cities are members; SCI recognises their
 * partnerships only while dues are paid, so a past `duesPaidThrough` is what staff must see.
 */
export function membershipStatus(
  city: Pick<City, 'country' | 'sciMember' | 'duesPaidThrough'>,
  today: string,
): MembershipStatus {
  if (city.country !== 'US') return 'notApplicable';
  if (!city.sciMember) return 'notMember';
  if (!city.duesPaidThrough) return 'unknown';
  return city.duesPaidThrough < today ? 'lapsed' : 'current';
}

export type LeaderTermStatus = 'ok' | 'endsSoon' | 'ended';

/** `date` (YYYY-MM-DD) plus whole months; the 31st becomes the month's last day when needed. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export const TERM_WARNING_MONTHS = 6;

/** A new leader often means starting over: warn from six months before the term ends. */
export function leaderTermStatus(termEnds: string | null | undefined, today: string): LeaderTermStatus {
  if (!termEnds) return 'ok';
  const ends = termEnds.slice(0, 10);
  if (ends < today) return 'ended';
  return ends <= addMonths(today, TERM_WARNING_MONTHS) ? 'endsSoon' : 'ok';
}
