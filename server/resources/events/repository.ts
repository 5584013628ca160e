import type { Selectable } from 'kysely';
import { eventInputSchema, LIST_SPECS, partnershipsMovedBy, textKeysOf, type Actor, type AuRegion, type ListQuery, type SciEvent } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import type { Database, EventTable } from '../../db/schema';
import { syncLastActivity } from '../../lib/activity';
import { notFound } from '../../lib/errors';
import { compareWith, listPage, whereList, type RowCounter } from '../../lib/listSql';
import { auRegionsOf, checkBodyVersion, checkIfMatch, lockedRow, mustBeAllowed, parseRecord } from '../../lib/records';
import type { RecordChange, Writer } from '../../lib/writePath';
import { checkLinks, distinctIds, groupLinks, linkRows } from './links';

type Row = Selectable<EventTable>;
/** An event as the API shows it: with the AU regions it touches (decision 011), derived on every read. */
export type EventView = SciEvent & { regions: AuRegion[] };
type Links = { partnershipIds: number[]; regions: AuRegion[] };

function toEvent({ titleKey: _t, outcomeKey: _o, notesKey: _n, ...row }: Row, { partnershipIds, regions }: Links): EventView {
  return {
    ...row,
    type: row.type as SciEvent['type'],
    focusArea: row.focusArea as SciEvent['focusArea'],
    virtual: Boolean(row.virtual),
    partnershipIds,
    regions,
  };
}

/**
 * The partnerships of many events, each list in the order it was written, and the AU regions
 * of each event's city and partnerships: one query for the whole page, an event without
 * links giving one row of nulls.
 */
async function linksOf(db: DbOrTx, eventIds: readonly number[]): Promise<Map<number, Links>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('events as e')
    .leftJoin('eventPartnerships as ep', 'ep.eventId', 'e.id')
    .leftJoin('partnerships as p', 'p.id', 'ep.partnershipId')
    .leftJoin('cities as c', 'c.id', 'e.cityId')
    .select(['e.id as owner', 'ep.partnershipId as linked', 'p.region as partnershipRegion', 'c.region as cityRegion'])
    .where('e.id', 'in', eventIds)
    .orderBy('e.id')
    .orderBy('ep.position')
    .orderBy('ep.partnershipId')
    .execute();
  const ids = groupLinks(eventIds, rows.filter((row): row is typeof row & { linked: number } => row.linked !== null));
  const touched = new Map<number, Array<string | null>>(eventIds.map((id) => [id, []]));
  for (const row of rows) touched.get(row.owner)?.push(row.cityRegion, row.partnershipRegion);
  return new Map(eventIds.map((id) => [id, { partnershipIds: ids.get(id) ?? [], regions: auRegionsOf(touched.get(id) ?? []) }]));
}

async function withLinks(db: DbOrTx, rows: readonly Row[]) {
  const links = await linksOf(db, rows.map((row) => row.id));
  return rows.map((row) => toEvent(row, links.get(row.id) ?? { partnershipIds: [], regions: [] }));
}

const where = (query: ListQuery) =>
  whereList<Database, 'events'>('events', query.conditions, {
    special: {
      partnershipIds: (eb, condition) =>
        eb.exists(
          eb
            .selectFrom('eventPartnerships as ep')
            .select('ep.eventId')
            .whereRef('ep.eventId', '=', 'events.id')
            .where((inner) => compareWith(inner, 'ep.partnershipId', condition)),
        ),
      // The regions derived as in the answers: its city's, or any of its partnerships'.
      regions: (eb, condition) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('cities as c')
              .select('c.id')
              .whereRef('c.id', '=', 'events.cityId')
              .where((inner) => compareWith(inner, 'c.region', condition)),
          ),
          eb.exists(
            eb
              .selectFrom('eventPartnerships as ep')
              .innerJoin('partnerships as p', 'p.id', 'ep.partnershipId')
              .select('ep.eventId')
              .whereRef('ep.eventId', '=', 'events.id')
              .where((inner) => compareWith(inner, 'p.region', condition)),
          ),
        ]),
    },
  });

export async function listEvents(db: DbOrTx, query: ListQuery, countRows: RowCounter) {
  const { rows, total, start } = await listPage(db, 'events', query, where(query), countRows);
  return { data: await withLinks(db, rows), total, start };
}

export async function getEvent(db: DbOrTx, id: number): Promise<EventView> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const [event] = await withLinks(db, [row]);
  return event!;
}

function parseInput(body: Record<string, unknown>) {
  const input = parseRecord(eventInputSchema, body);
  return { ...input, partnershipIds: distinctIds(input.partnershipIds) };
}

const columnsOf = ({ partnershipIds: _links, ...input }: ReturnType<typeof parseInput>) => ({
  ...input,
  ...textKeysOf(LIST_SPECS.events, input),
  virtual: input.virtual ? 1 : 0,
});

async function writeLinks(tx: DbOrTx, eventId: number, partnershipIds: readonly number[], replace: boolean) {
  if (replace) await tx.deleteFrom('eventPartnerships').where('eventId', '=', eventId).execute();
  if (partnershipIds.length === 0) return;
  await tx.insertInto('eventPartnerships').values(linkRows('eventId', eventId, 'partnershipId', partnershipIds)).execute();
}

/**
 * An event moves the last activity of partnerships (partnershipsMovedBy): the writer must be
 * allowed to change each of them, or nothing is written.
 */
async function mustMoveActivityOf(tx: DbOrTx, actor: Actor | null, before: SciEvent | null, after: SciEvent | null) {
  const ids = partnershipsMovedBy(before, after);
  if (ids.length === 0) return;
  const partnerships = await tx.selectFrom('partnerships').select('region').where('id', 'in', ids).execute();
  for (const partnership of partnerships) mustBeAllowed(actor, 'update', 'partnerships', partnership);
}

/**
 * Logs an event; a past one is activity of the partnerships it is linked to. A coordinator
 * logs only events touching their region (by its city or a partnership).
 */
export async function createEvent(tx: DbOrTx, body: Record<string, unknown>, { actor, now, today }: Writer): Promise<RecordChange<EventView>> {
  const input = parseInput(body);
  const regions = await checkLinks(tx, input, 'update');
  mustBeAllowed(actor, 'create', 'events', { regions });
  const row = await tx
    .insertInto('events')
    .values({ ...columnsOf(input), version: 1, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeLinks(tx, row.id, input.partnershipIds, false);
  const event = toEvent(row, { partnershipIds: input.partnershipIds, regions });
  await mustMoveActivityOf(tx, actor, null, event);
  // Partnerships' last activity follows: a consequence, recorded by this one change.
  await syncLastActivity(tx, { before: null, after: event }, today);
  return { action: 'create', resource: 'events', recordId: row.id, before: null, after: event };
}

async function lockedEvent(tx: DbOrTx, id: number): Promise<EventView> {
  const [event] = await withLinks(tx, [await lockedRow(tx, 'events', id)]);
  return event!;
}

/**
 * Lays the body over the stored event; the partnerships it leaves or joins get their last
 * activity back in step. The rule is asked of the regions before and after the change.
 */
export async function updateEvent(tx: DbOrTx, id: number, body: Record<string, unknown>, { actor, now, today }: Writer): Promise<RecordChange<EventView>> {
  const before = await lockedEvent(tx, id);
  mustBeAllowed(actor, 'update', 'events', before);
  checkBodyVersion(before, body.version);
  const input = parseInput({ ...before, ...body });
  const regions = await checkLinks(tx, input, 'update');
  mustBeAllowed(actor, 'update', 'events', { regions });
  const row = await tx
    .updateTable('events')
    .set({ ...columnsOf(input), version: before.version + 1, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeLinks(tx, id, input.partnershipIds, true);
  const event = toEvent(row, { partnershipIds: input.partnershipIds, regions });
  await mustMoveActivityOf(tx, actor, before, event);
  await syncLastActivity(tx, { before, after: event }, today);
  return { action: 'update', resource: 'events', recordId: id, before, after: event };
}

export async function deleteEvent(tx: DbOrTx, id: number, version: number | undefined, { actor, today }: Writer): Promise<RecordChange<null>> {
  const before = await lockedEvent(tx, id);
  mustBeAllowed(actor, 'delete', 'events', before);
  checkIfMatch(before, version);
  await mustMoveActivityOf(tx, actor, before, null);
  await tx.deleteFrom('events').where('id', '=', id).execute();
  await syncLastActivity(tx, { before, after: null }, today);
  return { action: 'delete', resource: 'events', recordId: id, before, after: null };
}
