import { sql } from 'kysely';
import { addDays, lastActivityOf, STALL_THRESHOLD_DAYS, type Stage } from '../../src/domain';
import { dialectOf, type DbOrTx } from '../db/database';

export type StallFacts = { stage: string; lastActivityAt: string | null; firstContactAt: string | null; createdAt: string };

/**
 * The last day a partnership may stay quiet before it counts as stalled, or null when its
 * stage cannot stall. Stored, so that `stalledAfter < today` ⇔ isStalled(p, today) and the
 * stalled filter is an indexed comparison instead of a computation over every row.
 */
export function stalledAfterOf(p: StallFacts): string | null {
  const threshold = STALL_THRESHOLD_DAYS[p.stage as Stage];
  if (threshold === undefined) return null;
  const last = lastActivityOf(p);
  // isStalled finds no whole number of days since a date it cannot read: never stalled.
  if (Number.isNaN(Date.parse(last.slice(0, 10)))) return null;
  return addDays(last, threshold);
}

/** An event as far as activity is concerned: its day and the partnerships it is linked to. */
export interface ActivityEvent {
  startsAt: string;
  partnershipIds: readonly number[];
}

const dayOf = (event: ActivityEvent) => event.startsAt.slice(0, 10);

export const latestDay = (...days: Array<string | null | undefined>) =>
  days.filter((d): d is string => !!d).reduce<string | null>((a, b) => (a && a > b ? a : b), null);

/** What the activity rules read of each partnership, in one query for all of them. */
async function activityFacts(db: DbOrTx, ids: readonly number[], today: string) {
  const rows = await db
    .selectFrom('partnerships as p')
    .select(['p.id', 'p.stage', 'p.lastActivityAt', 'p.firstContactAt', 'p.createdAt'])
    .select((eb) => [
      eb.selectFrom('stageHistory as h').select((h) => h.fn.countAll<number>().as('n')).whereRef('h.partnershipId', '=', 'p.id').as('moves'),
      eb.selectFrom('stageHistory as h').select('h.at').whereRef('h.partnershipId', '=', 'p.id').orderBy('h.id', 'desc').limit(1).as('lastMoveAt'),
      eb
        .selectFrom('eventPartnerships as ep')
        .innerJoin('events as e', 'e.id', 'ep.eventId')
        .select(sql<string | null>`max(substr(${sql.ref('e.startsAt')}, 1, 10))`.as('day'))
        .whereRef('ep.partnershipId', '=', 'p.id')
        .where(sql<boolean>`substr(${sql.ref('e.startsAt')}, 1, 10) <= ${today}`)
        .as('lastEventDay'),
    ])
    .where('p.id', 'in', ids)
    .execute();
  return rows.map((row) => ({
    ...row,
    // The first entry only records when the partnership was entered: it is no move.
    lastMoveDay: Number(row.moves) > 1 && row.lastMoveAt ? row.lastMoveAt.slice(0, 10) : null,
  }));
}

/** The latest day a past event linked to the partnership took place: activity an edit cannot undo. */
export async function latestPastEventDay(db: DbOrTx, partnershipId: number, today: string): Promise<string | null> {
  const [facts] = await activityFacts(db, [partnershipId], today);
  return facts?.lastEventDay ?? null;
}

/**
 * Keeps `lastActivityAt` of the partnerships an event touches true after the event was
 * written or deleted (call it after the write, in its transaction): a past event is activity.
 * When the event that set the date moves or goes, the date falls back to what else is known:
 * other past events, the last move of stage, the first contact. Kept without bumping the
 * partnership's version or updatedAt, so an event logged by a colleague does not make an
 * open edit form conflict.
 */
export async function syncLastActivity(
  tx: DbOrTx,
  { before, after }: { before: ActivityEvent | null; after: ActivityEvent | null },
  today: string,
): Promise<void> {
  const ids = [...new Set([...(before?.partnershipIds ?? []), ...(after?.partnershipIds ?? [])])].sort((a, b) => a - b);
  if (ids.length === 0) return;
  // PostgreSQL: hold the rows (in id order, so writers queue rather than deadlock) before
  // reading them, so a concurrent edit cannot slip between this read and the write below.
  if (dialectOf(tx) === 'postgres') await tx.selectFrom('partnerships').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  for (const p of await activityFacts(tx, ids, today)) {
    let value = p.lastActivityAt ?? null;
    if (before && value === dayOf(before)) value = latestDay(p.lastMoveDay, p.lastEventDay, p.firstContactAt);
    if (after && after.partnershipIds.includes(p.id) && dayOf(after) <= today) value = latestDay(value, dayOf(after));
    if (value === (p.lastActivityAt ?? null)) continue;
    await tx
      .updateTable('partnerships')
      .set({ lastActivityAt: value, stalledAfter: stalledAfterOf({ ...p, lastActivityAt: value }) })
      .where('id', '=', p.id)
      .execute();
  }
}
