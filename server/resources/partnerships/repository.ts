import {
  checkPartnershipUpdate,
  partnershipDateErrors,
  partnershipInputSchema,
  withSignatureOfStage,
  type Actor,
  type ListQuery,
  type Partnership,
  type StageChange,
} from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { latestDay, latestPastEventDay } from '../../lib/activity';
import { notFound } from '../../lib/errors';
import { listPage, type RowCounter } from '../../lib/listSql';
import type { RecordChange, Writer } from '../../lib/writePath';
import { checkPairIsFree, checkReferences, pairExists } from './checks';
import { filterContextOf, wherePartnerships } from './filters';
import { focusAreaCount } from './focusAreas';
import { checkBodyVersion, checkIfMatch, invalid, isUniqueViolation, lockedRow, mustBeAllowed, parseRecord, refuseIfAny } from '../../lib/records';
import { derivedColumns, toPartnership, toStored, withHistories } from './rows';

type Input = ReturnType<typeof parseInput>;
type Cities = Awaited<ReturnType<typeof checkReferences>>;

const parseInput = (body: Record<string, unknown>) => parseRecord(partnershipInputSchema, body);

/** No date of the partnership after today, the rule the form asks with the client's today. */
const checkDates = (input: Input, today: string) => refuseIfAny(partnershipDateErrors(input, today));

export async function listPartnerships(db: DbOrTx, query: ListQuery, today: string, countRows: RowCounter) {
  const where = wherePartnerships(query, today, await filterContextOf(db, query));
  const { rows, total, start } = await listPage(db, 'partnerships', query, where, countRows, focusAreaCount(db, query));
  return { data: await withHistories(db, rows, today), total, start };
}

export async function getPartnership(db: DbOrTx, id: number, today: string): Promise<Partnership> {
  const row = await db.selectFrom('partnerships').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const [partnership] = await withHistories(db, [row], today);
  return partnership!;
}

/** The row to store: the input, the facts copied from its cities, and what filters read. */
function columnsOf(input: Input, { african, us }: Cities, createdAt: string) {
  const { stageNote: _note, focusAreas: _areas, ...fields } = input;
  return { ...fields, ...derivedColumns({ ...input, createdAt }, african, us) };
}

async function writeFocusAreas(tx: DbOrTx, partnershipId: number, areas: readonly string[], replace: boolean) {
  if (replace) await tx.deleteFrom('partnershipFocusAreas').where('partnershipId', '=', partnershipId).execute();
  const distinct = [...new Set(areas)];
  if (distinct.length === 0) return;
  await tx
    .insertInto('partnershipFocusAreas')
    .values(distinct.map((focusArea) => ({ partnershipId, focusArea })))
    .execute();
}

/** A move of stage, in the name of whoever made it. */
async function recordStageChange(tx: DbOrTx, partnershipId: number, input: Input, actor: Actor | null, at: string): Promise<StageChange> {
  const change: StageChange = { stage: input.stage, at, by: actor?.id ?? null, byName: actor?.fullName ?? null, note: input.stageNote ?? null };
  await tx.insertInto('stageHistory').values({ partnershipId, ...change }).execute();
  return change;
}

/** Runs a write that may meet the open-pair unique index: a lost race reads as the same refusal. */
async function guardPair<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw pairExists();
    throw error;
  }
}

/** A coordinator opens partnerships of their region only: the African city's. */
export async function createPartnership(tx: DbOrTx, body: Record<string, unknown>, { actor, now, today }: Writer): Promise<RecordChange<Partnership>> {
  const input = parseInput(body);
  checkDates(input, today);
  const cities = await checkReferences(tx, input);
  mustBeAllowed(actor, 'create', 'partnerships', cities.african);
  await checkPairIsFree(tx, input, null);
  const row = await guardPair(() =>
    tx
      .insertInto('partnerships')
      .values({ ...columnsOf(input, cities, now), version: 1, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  await writeFocusAreas(tx, row.id, input.focusAreas ?? [], false);
  await recordStageChange(tx, row.id, input, actor, now);
  const [partnership] = await withHistories(tx, [row], today);
  return { action: 'create', resource: 'partnerships', recordId: row.id, before: null, after: partnership! };
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/**
 * Lays the body over the stored partnership. A change of stage must be allowed to the actor's
 * role, is kept in the stage history in this same transaction, and is activity; so are past
 * events, which the date can never fall behind. A correction back before signature clears the
 * signing dates. The rule is asked of the region before and after: a coordinator cannot hand a
 * partnership to another region's city.
 */
export async function updatePartnership(tx: DbOrTx, id: number, body: Record<string, unknown>, { actor, now, today }: Writer): Promise<RecordChange<Partnership>> {
  const stored = await lockedRow(tx, 'partnerships', id);
  mustBeAllowed(actor, 'update', 'partnerships', stored);
  checkBodyVersion(stored, body.version);
  // As the API showed it, but for the stage history, which the audit does not diff.
  const shown = toPartnership(stored, [], today);
  const before = toStored(stored, []);
  const input = withSignatureOfStage(before.stage, parseInput({ ...before, ...body }));
  const cities = await checkReferences(tx, input);
  mustBeAllowed(actor, 'update', 'partnerships', cities.african);
  await checkPairIsFree(tx, input, id);
  const refusal = checkPartnershipUpdate(before, input, actor?.role);
  if (refusal) throw invalid(refusal);
  checkDates(input, today);
  const moved = before.stage !== input.stage;
  const lastActivityAt = latestDay(input.lastActivityAt, await latestPastEventDay(tx, id, today), moved ? today : null);
  const row = await guardPair(() =>
    tx
      .updateTable('partnerships')
      .set({ ...columnsOf({ ...input, lastActivityAt }, cities, stored.createdAt), version: stored.version + 1, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  if (!sameSet(before.focusAreas, input.focusAreas ?? [])) await writeFocusAreas(tx, id, input.focusAreas ?? [], true);
  if (moved) await recordStageChange(tx, id, input, actor, now);
  const [partnership] = await withHistories(tx, [row], today);
  return { action: 'update', resource: 'partnerships', recordId: id, before: shown, after: partnership! };
}

/** Deletes a partnership; the events and programs that listed it no longer do. */
export async function deletePartnership(tx: DbOrTx, id: number, version: number | undefined, { actor, today }: Writer): Promise<RecordChange<null>> {
  const stored = await lockedRow(tx, 'partnerships', id);
  mustBeAllowed(actor, 'delete', 'partnerships', stored);
  checkIfMatch(stored, version);
  const [partnership] = await withHistories(tx, [stored], today);
  // The events and programs that listed it lose a link: a consequence, no change of its own.
  await tx.deleteFrom('eventPartnerships').where('partnershipId', '=', id).execute();
  await tx.deleteFrom('programPartnerships').where('partnershipId', '=', id).execute();
  await tx.deleteFrom('partnerships').where('id', '=', id).execute();
  return { action: 'delete', resource: 'partnerships', recordId: id, before: partnership!, after: null };
}
