import type { Selectable } from 'kysely';
import { eventInputSchema, type ListQuery, type SciEvent } from '../../../src/domain';
import { dialectOf, writeTransaction, type DatabaseHandle, type DbOrTx, type Dialect } from '../../db/client';
import type { Database, EventTable } from '../../db/schema';
import { syncLastActivity } from '../../lib/activity';
import { notFound } from '../../lib/errors';
import { compareWith, listPage, whereList, type RowCounter } from '../../lib/listSql';
import { bumpRevision } from '../../lib/revision';
import { checkBodyVersion, checkIfMatch, parseRecord } from '../../lib/records';
import { checkLinks, distinctIds, groupLinks, linkRows } from './links';

type Handle = Pick<DatabaseHandle, 'db' | 'dialect'>;
type Row = Selectable<EventTable>;

function toEvent(row: Row, partnershipIds: number[]): SciEvent {
  return {
    ...row,
    type: row.type as SciEvent['type'],
    focusArea: row.focusArea as SciEvent['focusArea'],
    virtual: Boolean(row.virtual),
    partnershipIds,
  };
}

/** The partnerships of many events in one query, each list in the order it was written. */
async function partnershipIdsOf(db: DbOrTx, eventIds: readonly number[]) {
  const rows =
    eventIds.length === 0
      ? []
      : await db
          .selectFrom('eventPartnerships')
          .select(['eventId as owner', 'partnershipId as linked'])
          .where('eventId', 'in', eventIds)
          .orderBy('eventId')
          .orderBy('position')
          .orderBy('partnershipId')
          .execute();
  return groupLinks(eventIds, rows);
}

async function withLinks(db: DbOrTx, rows: readonly Row[]) {
  const links = await partnershipIdsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toEvent(row, links.get(row.id) ?? []));
}

const where = (query: ListQuery, dialect: Dialect) =>
  whereList<Database, 'events'>('events', query.conditions, {
    dialect,
    special: {
      partnershipIds: (eb, condition) =>
        eb.exists(
          eb
            .selectFrom('eventPartnerships as ep')
            .select('ep.eventId')
            .whereRef('ep.eventId', '=', 'events.id')
            .where((inner) => compareWith(inner, 'ep.partnershipId', condition)),
        ),
    },
  });

export async function listEvents(db: DbOrTx, query: ListQuery, countRows: RowCounter) {
  const { rows, total, start } = await listPage(db, 'events', query, where(query, dialectOf(db)), countRows);
  return { data: await withLinks(db, rows), total, start };
}

export async function getEvent(db: DbOrTx, id: number): Promise<SciEvent> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const [event] = await withLinks(db, [row]);
  return event!;
}

function parseInput(body: Record<string, unknown>) {
  const input = parseRecord(eventInputSchema, body);
  return { ...input, partnershipIds: distinctIds(input.partnershipIds) };
}

const columnsOf = ({ partnershipIds: _links, ...input }: ReturnType<typeof parseInput>) => ({ ...input, virtual: input.virtual ? 1 : 0 });

async function writeLinks(tx: DbOrTx, eventId: number, partnershipIds: readonly number[], replace: boolean) {
  if (replace) await tx.deleteFrom('eventPartnerships').where('eventId', '=', eventId).execute();
  if (partnershipIds.length === 0) return;
  await tx.insertInto('eventPartnerships').values(linkRows('eventId', eventId, 'partnershipId', partnershipIds)).execute();
}

/** Logs an event; a past one is activity of the partnerships it is linked to. */
export async function createEvent(handle: Handle, body: Record<string, unknown>, now: string, today: string) {
  const input = parseInput(body);
  return writeTransaction(handle, async (tx) => {
    await checkLinks(tx, handle.dialect, input, 'update');
    const row = await tx
      .insertInto('events')
      .values({ ...columnsOf(input), version: 1, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeLinks(tx, row.id, input.partnershipIds, false);
    const event = toEvent(row, input.partnershipIds);
    await syncLastActivity(tx, handle.dialect, { before: null, after: event }, today);
    await bumpRevision(tx);
    return event;
  });
}

async function lockedEvent(handle: Handle, tx: DbOrTx, id: number): Promise<SciEvent> {
  let query = tx.selectFrom('events').selectAll().where('id', '=', id);
  if (handle.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  const [event] = await withLinks(tx, [row]);
  return event!;
}

/** Lays the body over the stored event; the partnerships it leaves or joins get their last activity back in step. */
export async function updateEvent(handle: Handle, id: number, body: Record<string, unknown>, now: string, today: string) {
  return writeTransaction(handle, async (tx) => {
    const before = await lockedEvent(handle, tx, id);
    checkBodyVersion(before, body.version);
    const input = parseInput({ ...before, ...body });
    await checkLinks(tx, handle.dialect, input, 'update');
    const row = await tx
      .updateTable('events')
      .set({ ...columnsOf(input), version: before.version + 1, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeLinks(tx, id, input.partnershipIds, true);
    const event = toEvent(row, input.partnershipIds);
    await syncLastActivity(tx, handle.dialect, { before, after: event }, today);
    await bumpRevision(tx);
    return event;
  });
}

export async function deleteEvent(handle: Handle, id: number, version: number | undefined, today: string) {
  return writeTransaction(handle, async (tx) => {
    const before = await lockedEvent(handle, tx, id);
    checkIfMatch(before, version);
    await tx.deleteFrom('events').where('id', '=', id).execute();
    await syncLastActivity(tx, handle.dialect, { before, after: null }, today);
    await bumpRevision(tx);
    return before;
  });
}
