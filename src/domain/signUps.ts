import { z } from 'zod';
import { addDays, addMonths, isoDate } from './common';
import { AU_REGIONS, type AuRegion } from './regions';
import { isSignedStage, type Stage } from './stages';

/**
 * The top of the funnel (issue 14): sign-ups from the public page over a period, bucketed by
 * week, and what became of them since: converted, made a prospect partnership, signed.
 */

/** GET /api/stats/signUps's parameters: the funnel's period and region, each optional (no cohort: a sign-up has none). */
export const signUpsQuerySchema = z
  .object({
    region: z.enum(AU_REGIONS, { error: 'app.validation.choice' }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { path: ['to'], message: 'app.validation.endBeforeStart' });

/** Sign-ups made from `from` to `to` (both included), of inquiries whose own or preferred region is `region`. */
export interface SignUpsScope {
  from: string;
  to: string;
  region: AuRegion | null;
}

export type SignUpsParams = Partial<SignUpsScope>;

/** Weeks for a year (of any length, from any weekday) or less; months beyond, so a bar stays a bar. */
export const MAX_WEEKS = 54;
export type SignUpUnit = 'week' | 'month';

export interface SignUpBucket {
  /** The first day of the week (its Monday, ISO 8601) or of the month: YYYY-MM-DD. */
  start: string;
  signUps: number;
}

/** GET /api/stats/signUps. */
export interface SignUps extends SignUpsScope {
  unit: SignUpUnit;
  /** Every week (or month) of the period in order, those without a sign-up included. */
  buckets: SignUpBucket[];
  signUps: number;
  /** Marked converted by staff. */
  converted: number;
  /** Converted into a partnership: a prospect opened. */
  prospects: number;
  /** Of the prospects, those whose partnership is signed now (or was: dormant, ended). */
  signed: number;
  /** prospects ÷ signUps; null without a sign-up. */
  prospectRate: number | null;
  /** signed ÷ prospects; null without a prospect. */
  signedRate: number | null;
}

/** The Monday of the ISO week `day` (YYYY-MM-DD) falls in. */
export function weekStartOf(day: string): string {
  const weekday = new Date(`${day.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export const monthStartOf = (day: string): string => `${day.slice(0, 7)}-01`;

/** Weeks when the period spans at most MAX_WEEKS of them, else months. */
export function signUpUnitOf(from: string, to: string): SignUpUnit {
  const weeks = (Date.parse(weekStartOf(to)) - Date.parse(weekStartOf(from))) / (7 * 86_400_000) + 1;
  return weeks <= MAX_WEEKS ? 'week' : 'month';
}

export const bucketStartOf = (day: string, unit: SignUpUnit) => (unit === 'week' ? weekStartOf(day) : monthStartOf(day));

/** The first days of every bucket of the period, in order. */
export function bucketStarts(from: string, to: string, unit: SignUpUnit): string[] {
  const last = bucketStartOf(to, unit);
  const starts: string[] = [];
  for (let start = bucketStartOf(from, unit); start <= last; start = unit === 'week' ? addDays(start, 7) : addMonths(start, 1)) starts.push(start);
  return starts;
}

/** The counts of one bucket: what the database groups. */
export interface SignUpGroup {
  start: string;
  signUps: number;
  converted: number;
  prospects: number;
  signed: number;
}

const ratio = (part: number, base: number) => (base === 0 ? null : part / base);

/** The answer from the groups the database counted: the empty buckets filled in, the totals and rates read. */
export function signUpsFromGroups(groups: readonly SignUpGroup[], scope: SignUpsScope): SignUps {
  const unit = signUpUnitOf(scope.from, scope.to);
  const byStart = new Map(groups.map((group) => [group.start, group.signUps]));
  const total = (field: Exclude<keyof SignUpGroup, 'start'>) => groups.reduce((sum, group) => sum + group[field], 0);
  const [signUps, prospects, signed] = [total('signUps'), total('prospects'), total('signed')];
  return {
    ...scope,
    unit,
    buckets: bucketStarts(scope.from, scope.to, unit).map((start) => ({ start, signUps: byStart.get(start) ?? 0 })),
    signUps,
    converted: total('converted'),
    prospects,
    signed,
    prospectRate: ratio(prospects, signUps),
    signedRate: ratio(signed, prospects),
  };
}

/** An inquiry as the count reads it, with the partnership it became, if any, as that stands today. */
export interface SignUpInquiry {
  /** ISO instant (UTC): the day a sign-up counts on is its UTC day. */
  createdAt: string;
  region: string;
  preferredRegion: string | null;
  status: string;
  partnership: { stage: Stage; signedAt: string | null } | null;
}

/** The sign-ups by definition, one inquiry at a time: the server's SQL must give the same answer. */
export function computeSignUps(inquiries: readonly SignUpInquiry[], scope: SignUpsScope): SignUps {
  const unit = signUpUnitOf(scope.from, scope.to);
  const groups = new Map<string, SignUpGroup>();
  for (const inquiry of inquiries) {
    const day = inquiry.createdAt.slice(0, 10);
    if (day < scope.from || day > scope.to) continue;
    if (scope.region && inquiry.region !== scope.region && inquiry.preferredRegion !== scope.region) continue;
    const start = bucketStartOf(day, unit);
    const group = groups.get(start) ?? { start, signUps: 0, converted: 0, prospects: 0, signed: 0 };
    const converted = inquiry.status === 'converted';
    const partnership = converted ? inquiry.partnership : null;
    group.signUps += 1;
    group.converted += converted ? 1 : 0;
    group.prospects += partnership ? 1 : 0;
    group.signed += partnership && (isSignedStage(partnership.stage) || partnership.signedAt !== null) ? 1 : 0;
    groups.set(start, group);
  }
  return signUpsFromGroups([...groups.values()], scope);
}
