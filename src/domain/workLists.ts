import type { City } from './city';
import { addDays, addMonths } from './common';
import type { Partnership } from './partnership';
import type { AuRegion } from './regions';
import { isOpenStage, type Stage } from './stages';

/**
 * The work lists (decision 022): each is a filter on an existing list, so the list page, its
 * badge and the server's count read the same WHERE and cannot disagree. Dates are measured
 * against the server's today.
 */
export const WORK_LISTS = ['overdue', 'dueSoon', 'stalled', 'leaderTerms', 'lapsedDues', 'mine'] as const;
export type WorkListKey = (typeof WORK_LISTS)[number];
/** GET /api/work: how many records each work list holds for the signed-in user. */
export type WorkCounts = Record<WorkListKey, number>;

/** The partnerships' `due` filter: a next step past its date, or due within DUE_SOON_DAYS. */
export const DUE_STATES = ['overdue', 'soon'] as const;
export type DueState = (typeof DUE_STATES)[number];
export const DUE_SOON_DAYS = 7;
/** A leader's term that ends within this many months asks for a new contact. */
export const TERM_ENDS_MONTHS = 6;

/** Where the next step of an open partnership stands today; null when closed, undated or later. */
export function dueState(p: Pick<Partnership, 'stage' | 'nextStepDue'>, today: string): DueState | null {
  if (!p.nextStepDue || !isOpenStage(p.stage)) return null;
  const due = p.nextStepDue.slice(0, 10);
  if (due < today) return 'overdue';
  return due <= addDays(today, DUE_SOON_DAYS) ? 'soon' : null;
}

export const isOverdue = (p: Pick<Partnership, 'stage' | 'nextStepDue'>, today: string) => dueState(p, today) === 'overdue';
export const isDueSoon = (p: Pick<Partnership, 'stage' | 'nextStepDue'>, today: string) => dueState(p, today) === 'soon';

/** The last day a leader's term may end on and still count as ending soon. */
export const termEndsSoonUntil = (today: string) => addMonths(today, TERM_ENDS_MONTHS);

export function leaderTermEndsSoon(city: Pick<City, 'leaderTermEnds'>, today: string): boolean {
  const ends = city.leaderTermEnds?.slice(0, 10);
  return !!ends && ends >= today && ends <= termEndsSoonUntil(today);
}

/** A US member of SCI whose dues are unpaid or paid only up to a day before today. */
export function duesLapsed(city: Pick<City, 'side' | 'sciMember' | 'duesPaidThrough'>, today: string): boolean {
  return city.side === 'us' && city.sciMember && (!city.duesPaidThrough || city.duesPaidThrough.slice(0, 10) < today);
}

export interface WorkListTarget {
  resource: 'partnerships' | 'cities';
  filter: Record<string, unknown>;
}

/**
 * The list filter of a work list, for `userId` (whose "mine" it is) and, when given, one AU
 * region: a partnership's own region, an African city's region, or for dues the region of a
 * US city's open partners.
 */
export function workListFilter(key: WorkListKey, { userId, region }: { userId: number; region?: AuRegion | null }): WorkListTarget {
  const inRegion = region ? { region } : {};
  switch (key) {
    case 'overdue':
      return { resource: 'partnerships', filter: { due: 'overdue', ...inRegion } };
    case 'dueSoon':
      return { resource: 'partnerships', filter: { due: 'soon', ...inRegion } };
    case 'stalled':
      return { resource: 'partnerships', filter: { stalled: true, ...inRegion } };
    case 'leaderTerms':
      return { resource: 'cities', filter: { termEndsSoon: true, ...inRegion } };
    case 'lapsedDues':
      return { resource: 'cities', filter: { duesLapsed: true, ...(region ? { partnerRegion: region } : {}) } };
    case 'mine':
      return { resource: 'partnerships', filter: { ownerId: userId, open: true, ...inRegion } };
  }
}

/** GET /api/stats/stages: the board's column totals for a partnerships filter, every stage present. */
export interface StageTotals {
  total: number;
  byStage: Record<Stage, number>;
}
