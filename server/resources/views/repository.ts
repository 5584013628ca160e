import type { ExpressionBuilder, Selectable } from 'kysely';
import {
  foldText,
  isAllowed,
  savedViewSchema,
  starterViews,
  textKeysOf,
  VIEW_LIST_SPEC,
  type Action,
  type Actor,
  type Condition,
  type ListQuery,
  type SavedView,
  type SavedViewTarget,
  type Sort,
} from '../../../src/domain';
import { forbidden } from '../../auth/context';
import { dialectOf, type DbOrTx } from '../../db/database';
import type { Database, SavedViewTable } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { sortTerms } from '../../lib/listSql';
import { checkBodyVersion, checkIfMatch, parseRecord } from '../../lib/records';
import type { ChangeSet, Writer } from '../../lib/writePath';
import { whereSpecList } from '../specLists';

type Row = Selectable<SavedViewTable> & { ownerName: string | null };
type Eb = ExpressionBuilder<Database, 'savedViews'>;

const toView = (row: Row): SavedView => ({
  id: row.id,
  name: row.name,
  target: row.target as SavedViewTarget,
  filter: JSON.parse(row.filter) as Record<string, unknown>,
  sort: row.sort === null ? null : (JSON.parse(row.sort) as Sort),
  shared: Boolean(row.shared),
  ownerId: row.ownerId,
  ownerName: row.ownerName,
  starter: false,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** The owner's name, read with the view: a view outlives no owner (the foreign key cascades). */
const ownerName = (eb: Eb) => eb.selectFrom('users').select('fullName').whereRef('users.id', '=', 'savedViews.ownerId').as('ownerName');

const mustBeAllowed = (actor: Actor, action: Action, view: SavedView) => {
  if (!isAllowed(actor, action, 'views', view)) throw forbidden();
};

/** The views `actor` sees: their own and those others share. */
const visibleTo = (actor: Actor) => (eb: Eb) => eb.or([eb('ownerId', '=', actor.id), eb('shared', '=', 1)]);

/** Whether a computed starter view meets the list's conditions, as the SQL would judge a stored one. */
function starterMatches(view: SavedView, conditions: readonly Condition[]): boolean {
  return conditions.every((condition) => {
    if (condition.op === 'search') return foldText(view.name).includes(foldText(condition.value));
    const value = (view as unknown as Record<string, unknown>)[condition.field];
    if (condition.op === 'eq') return value === condition.value;
    if (condition.op === 'in') return (condition.value as unknown[]).includes(value);
    if (value === null || value === undefined) return false;
    return condition.op === 'gte' ? String(value) >= String(condition.value) : String(value) <= String(condition.value);
  });
}

/**
 * A page of the views `actor` sees: the starter views first (a few, computed, in their own
 * order), then the stored ones in the asked order; the range runs across both.
 */
export async function listViews(db: DbOrTx, actor: Actor, query: ListQuery) {
  const starters = starterViews(actor).filter((view) => starterMatches(view, query.conditions));
  const [start, end] = query.range;
  const where = (eb: Eb) => eb.and([visibleTo(actor)(eb), whereSpecList<'savedViews'>(VIEW_LIST_SPEC, query.conditions)(eb)]);
  const [first, then] = sortTerms(VIEW_LIST_SPEC, query);
  const offset = Math.max(0, start - starters.length);
  const limit = end - Math.max(start, starters.length) + 1;
  const rows =
    limit > 0
      ? await db.selectFrom('savedViews').selectAll().select(ownerName).where(where).orderBy(first).orderBy(then).limit(limit).offset(offset).execute()
      : [];
  const { total } = await db.selectFrom('savedViews').select((eb) => eb.fn.countAll<number>().as('total')).where(where).executeTakeFirstOrThrow();
  const data = [...starters.slice(start, end + 1), ...rows.map(toView)];
  return { data, total: starters.length + Number(total), start };
}

/** One view `actor` may see, a starter view included; another's private view is no business of theirs (404). */
export async function getView(db: DbOrTx, actor: Actor, id: string): Promise<SavedView> {
  const starter = starterViews(actor).find((view) => view.id === id);
  if (starter) return starter;
  const view = await storedView(db, id);
  if (!isAllowed(actor, 'read', 'views', view)) throw notFound();
  return view;
}

/** A stored view by its id as the path gives it, held for the write on PostgreSQL. */
async function storedView(tx: DbOrTx, rawId: string, lock = false): Promise<SavedView> {
  const id = /^\d{1,10}$/.test(rawId) ? Number(rawId) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  let query = tx.selectFrom('savedViews').selectAll().select(ownerName).where('id', '=', id);
  if (lock && dialectOf(tx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return toView(row);
}

/** The row a view is written as. */
function columnsOf(input: ReturnType<typeof parseView>) {
  return {
    name: input.name,
    ...(textKeysOf(VIEW_LIST_SPEC, input) as { nameKey: string | null }),
    target: input.target,
    filter: JSON.stringify(input.filter),
    sort: input.sort ? JSON.stringify(input.sort) : null,
    shared: input.shared ? 1 : 0,
  };
}

const parseView = (body: Record<string, unknown>) => parseRecord(savedViewSchema, body);

/*
 * Views are written through the write path (its transaction and revision) but leave no audit
 * row: a view is a preference, not a record of the initiative (decision 024).
 */
const unaudited = (view: SavedView): ChangeSet<SavedView> => ({ changes: [], answer: view });

export async function createView(tx: DbOrTx, body: Record<string, unknown>, { actor, now }: Writer): Promise<ChangeSet<SavedView>> {
  if (!actor) throw forbidden();
  const input = parseView(body);
  const { id } = await tx
    .insertInto('savedViews')
    .values({ ...columnsOf(input), ownerId: actor.id, version: 1, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return unaudited(await storedView(tx, String(id)));
}

/** Lays the body over the stored view; only its owner changes it, at the version they read. */
export async function updateView(tx: DbOrTx, id: string, body: Record<string, unknown>, { actor, now }: Writer): Promise<ChangeSet<SavedView>> {
  if (!actor) throw forbidden();
  const before = await visibleView(tx, actor, id);
  mustBeAllowed(actor, 'update', before);
  checkBodyVersion(before, body.version);
  const input = parseView({ ...before, ...body });
  await tx
    .updateTable('savedViews')
    .set({ ...columnsOf(input), version: before.version + 1, updatedAt: now })
    .where('id', '=', before.id as number)
    .execute();
  return unaudited(await storedView(tx, id));
}

/** The owner deletes a view; an admin may delete one shared with the team. */
export async function deleteView(tx: DbOrTx, id: string, version: number | undefined, { actor }: Writer): Promise<ChangeSet<SavedView>> {
  if (!actor) throw forbidden();
  const before = await visibleView(tx, actor, id);
  mustBeAllowed(actor, 'delete', before);
  checkIfMatch(before, version);
  await tx.deleteFrom('savedViews').where('id', '=', before.id as number).execute();
  return unaudited(before);
}

/**
 * The stored view a write is about: a starter view is read-only (403), another's private
 * view is as good as absent (404).
 */
async function visibleView(tx: DbOrTx, actor: Actor, id: string): Promise<SavedView> {
  if (starterViews(actor).some((view) => view.id === id)) throw forbidden();
  const view = await storedView(tx, id, true);
  if (!isAllowed(actor, 'read', 'views', view)) throw notFound();
  return view;
}

/** A deleted user's views go with them, shared ones too: called by the user's delete. */
export async function deleteViewsOf(tx: DbOrTx, userId: number): Promise<void> {
  await tx.deleteFrom('savedViews').where('ownerId', '=', userId).execute();
}
