import type { Selectable } from 'kysely';
import { programInputSchema, type ListQuery, type Program } from '../../../src/domain';
import { dialectOf, writeTransaction, type DatabaseHandle, type DbOrTx, type Dialect } from '../../db/client';
import type { Database, ProgramTable } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { compareWith, listPage, whereList, type RowCounter } from '../../lib/listSql';
import { bumpRevision } from '../../lib/revision';
import { checkLinks, distinctIds, groupLinks, linkRows } from '../events/links';
import { checkBodyVersion, checkIfMatch, parseRecord } from '../../lib/records';

type Handle = Pick<DatabaseHandle, 'db' | 'dialect'>;
type Row = Selectable<ProgramTable>;
type Links = { partnershipIds: number[]; cityIds: number[] };

function toProgram(row: Row, links: Links): Program {
  return { ...row, kind: row.kind as Program['kind'], status: row.status as Program['status'], focusArea: row.focusArea as Program['focusArea'], ...links };
}

/** The partnerships and cities of many programs: one query each, lists in the order written. */
async function linksOf(db: DbOrTx, programIds: readonly number[]) {
  if (programIds.length === 0) return { partnerships: groupLinks([], []), cities: groupLinks([], []) };
  const [partnerships, cities] = await Promise.all([
    db
      .selectFrom('programPartnerships')
      .select(['programId as owner', 'partnershipId as linked'])
      .where('programId', 'in', programIds)
      .orderBy('programId')
      .orderBy('position')
      .orderBy('partnershipId')
      .execute(),
    db
      .selectFrom('programCities')
      .select(['programId as owner', 'cityId as linked'])
      .where('programId', 'in', programIds)
      .orderBy('programId')
      .orderBy('position')
      .orderBy('cityId')
      .execute(),
  ]);
  return { partnerships: groupLinks(programIds, partnerships), cities: groupLinks(programIds, cities) };
}

async function withLinks(db: DbOrTx, rows: readonly Row[]) {
  const { partnerships, cities } = await linksOf(db, rows.map((row) => row.id));
  return rows.map((row) => toProgram(row, { partnershipIds: partnerships.get(row.id) ?? [], cityIds: cities.get(row.id) ?? [] }));
}

const where = (query: ListQuery, dialect: Dialect) =>
  whereList<Database, 'programs'>('programs', query.conditions, {
    dialect,
    special: {
      partnershipIds: (eb, condition) =>
        eb.exists(
          eb
            .selectFrom('programPartnerships as pp')
            .select('pp.programId')
            .whereRef('pp.programId', '=', 'programs.id')
            .where((inner) => compareWith(inner, 'pp.partnershipId', condition)),
        ),
      cityIds: (eb, condition) =>
        eb.exists(
          eb
            .selectFrom('programCities as pc')
            .select('pc.programId')
            .whereRef('pc.programId', '=', 'programs.id')
            .where((inner) => compareWith(inner, 'pc.cityId', condition)),
        ),
    },
  });

export async function listPrograms(db: DbOrTx, query: ListQuery, countRows: RowCounter) {
  const { rows, total, start } = await listPage(db, 'programs', query, where(query, dialectOf(db)), countRows);
  return { data: await withLinks(db, rows), total, start };
}

export async function getProgram(db: DbOrTx, id: number): Promise<Program> {
  const row = await db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const [program] = await withLinks(db, [row]);
  return program!;
}

function parseInput(body: Record<string, unknown>) {
  const input = parseRecord(programInputSchema, body);
  return { ...input, partnershipIds: distinctIds(input.partnershipIds), cityIds: distinctIds(input.cityIds) };
}

type Input = ReturnType<typeof parseInput>;
const columnsOf = ({ partnershipIds: _p, cityIds: _c, ...input }: Input) => input;

async function writeLinks(tx: DbOrTx, programId: number, input: Input, replace: boolean) {
  if (replace) {
    await tx.deleteFrom('programPartnerships').where('programId', '=', programId).execute();
    await tx.deleteFrom('programCities').where('programId', '=', programId).execute();
  }
  if (input.partnershipIds.length > 0) {
    await tx.insertInto('programPartnerships').values(linkRows('programId', programId, 'partnershipId', input.partnershipIds)).execute();
  }
  if (input.cityIds.length > 0) {
    await tx.insertInto('programCities').values(linkRows('programId', programId, 'cityId', input.cityIds)).execute();
  }
}

export async function createProgram(handle: Handle, body: Record<string, unknown>, now: string) {
  const input = parseInput(body);
  return writeTransaction(handle, async (tx) => {
    await checkLinks(tx, handle.dialect, input, 'share');
    const row = await tx
      .insertInto('programs')
      .values({ ...columnsOf(input), version: 1, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeLinks(tx, row.id, input, false);
    await bumpRevision(tx);
    return toProgram(row, { partnershipIds: input.partnershipIds, cityIds: input.cityIds });
  });
}

async function lockedProgram(handle: Handle, tx: DbOrTx, id: number): Promise<Program> {
  let query = tx.selectFrom('programs').selectAll().where('id', '=', id);
  if (handle.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  const [program] = await withLinks(tx, [row]);
  return program!;
}

export async function updateProgram(handle: Handle, id: number, body: Record<string, unknown>, now: string) {
  return writeTransaction(handle, async (tx) => {
    const before = await lockedProgram(handle, tx, id);
    checkBodyVersion(before, body.version);
    const input = parseInput({ ...before, ...body });
    await checkLinks(tx, handle.dialect, input, 'share');
    const row = await tx
      .updateTable('programs')
      .set({ ...columnsOf(input), version: before.version + 1, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeLinks(tx, id, input, true);
    await bumpRevision(tx);
    return toProgram(row, { partnershipIds: input.partnershipIds, cityIds: input.cityIds });
  });
}

export async function deleteProgram(handle: Handle, id: number, version: number | undefined) {
  return writeTransaction(handle, async (tx) => {
    const before = await lockedProgram(handle, tx, id);
    checkIfMatch(before, version);
    await tx.deleteFrom('programs').where('id', '=', id).execute();
    await bumpRevision(tx);
    return before;
  });
}
