import type { Selectable } from 'kysely';
import { LIST_SPECS, programInputSchema, textKeysOf, type AuRegion, type ListQuery, type Program } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import type { Database, ProgramTable } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { compareWith, listPage, whereList, type RowCounter } from '../../lib/listSql';
import { checkLinks, distinctIds, groupLinks, linkRows } from '../events/links';
import { auRegionsOf, checkBodyVersion, checkIfMatch, lockedRow, mustBeAllowed, parseRecord } from '../../lib/records';
import type { RecordChange, Writer } from '../../lib/writePath';

type Row = Selectable<ProgramTable>;
type Links = { partnershipIds: number[]; cityIds: number[]; regions: AuRegion[] };
/** A program as the API shows it: with the AU regions it touches (decision 011), derived on every read. */
export type ProgramView = Program & { regions: AuRegion[] };

function toProgram({ titleKey: _t, notesKey: _n, ...row }: Row, links: Links): ProgramView {
  return { ...row, kind: row.kind as Program['kind'], status: row.status as Program['status'], focusArea: row.focusArea as Program['focusArea'], ...links };
}

/**
 * The partnerships and cities of many programs, lists in the order written, with the region
 * each brings: one query each for the whole page.
 */
async function linksOf(db: DbOrTx, programIds: readonly number[]): Promise<Map<number, Links>> {
  if (programIds.length === 0) return new Map();
  const [partnerships, cities] = await Promise.all([
    db
      .selectFrom('programPartnerships as pp')
      .innerJoin('partnerships as p', 'p.id', 'pp.partnershipId')
      .select(['pp.programId as owner', 'pp.partnershipId as linked', 'p.region'])
      .where('pp.programId', 'in', programIds)
      .orderBy('pp.programId')
      .orderBy('pp.position')
      .orderBy('pp.partnershipId')
      .execute(),
    db
      .selectFrom('programCities as pc')
      .innerJoin('cities as c', 'c.id', 'pc.cityId')
      .select(['pc.programId as owner', 'pc.cityId as linked', 'c.region'])
      .where('pc.programId', 'in', programIds)
      .orderBy('pc.programId')
      .orderBy('pc.position')
      .orderBy('pc.cityId')
      .execute(),
  ]);
  const partnershipIds = groupLinks(programIds, partnerships);
  const cityIds = groupLinks(programIds, cities);
  const touched = new Map<number, string[]>(programIds.map((id) => [id, []]));
  for (const row of [...partnerships, ...cities]) touched.get(row.owner)?.push(row.region);
  return new Map(
    programIds.map((id) => [id, { partnershipIds: partnershipIds.get(id) ?? [], cityIds: cityIds.get(id) ?? [], regions: auRegionsOf(touched.get(id) ?? []) }]),
  );
}

async function withLinks(db: DbOrTx, rows: readonly Row[]) {
  const links = await linksOf(db, rows.map((row) => row.id));
  return rows.map((row) => toProgram(row, links.get(row.id) ?? { partnershipIds: [], cityIds: [], regions: [] }));
}

const where = (query: ListQuery) =>
  whereList<Database, 'programs'>('programs', query.conditions, {
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
      // The regions derived as in the answers: any of its cities', or of its partnerships'.
      regions: (eb, condition) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('programCities as pc')
              .innerJoin('cities as c', 'c.id', 'pc.cityId')
              .select('pc.programId')
              .whereRef('pc.programId', '=', 'programs.id')
              .where((inner) => compareWith(inner, 'c.region', condition)),
          ),
          eb.exists(
            eb
              .selectFrom('programPartnerships as pp')
              .innerJoin('partnerships as p', 'p.id', 'pp.partnershipId')
              .select('pp.programId')
              .whereRef('pp.programId', '=', 'programs.id')
              .where((inner) => compareWith(inner, 'p.region', condition)),
          ),
        ]),
    },
  });

export async function listPrograms(db: DbOrTx, query: ListQuery, countRows: RowCounter) {
  const { rows, total, start } = await listPage(db, 'programs', query, where(query), countRows);
  return { data: await withLinks(db, rows), total, start };
}

export async function getProgram(db: DbOrTx, id: number): Promise<ProgramView> {
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
const columnsOf = ({ partnershipIds: _p, cityIds: _c, ...input }: Input) => ({ ...input, ...textKeysOf(LIST_SPECS.programs, input) });

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

/** A coordinator creates only programs touching their region (by a city or a partnership). */
export async function createProgram(tx: DbOrTx, body: Record<string, unknown>, { actor, now }: Writer): Promise<RecordChange<ProgramView>> {
  const input = parseInput(body);
  const regions = await checkLinks(tx, input, 'share');
  mustBeAllowed(actor, 'create', 'programs', { regions });
  const row = await tx
    .insertInto('programs')
    .values({ ...columnsOf(input), version: 1, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeLinks(tx, row.id, input, false);
  const program = toProgram(row, { partnershipIds: input.partnershipIds, cityIds: input.cityIds, regions });
  return { action: 'create', resource: 'programs', recordId: row.id, before: null, after: program };
}

async function lockedProgram(tx: DbOrTx, id: number): Promise<ProgramView> {
  const [program] = await withLinks(tx, [await lockedRow(tx, 'programs', id)]);
  return program!;
}

/** Laid over the stored program; the rule is asked of its regions before and after the change. */
export async function updateProgram(tx: DbOrTx, id: number, body: Record<string, unknown>, { actor, now }: Writer): Promise<RecordChange<ProgramView>> {
  const before = await lockedProgram(tx, id);
  mustBeAllowed(actor, 'update', 'programs', before);
  checkBodyVersion(before, body.version);
  const input = parseInput({ ...before, ...body });
  const regions = await checkLinks(tx, input, 'share');
  mustBeAllowed(actor, 'update', 'programs', { regions });
  const row = await tx
    .updateTable('programs')
    .set({ ...columnsOf(input), version: before.version + 1, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeLinks(tx, id, input, true);
  const program = toProgram(row, { partnershipIds: input.partnershipIds, cityIds: input.cityIds, regions });
  return { action: 'update', resource: 'programs', recordId: id, before, after: program };
}

export async function deleteProgram(tx: DbOrTx, id: number, version: number | undefined, { actor }: Writer): Promise<RecordChange<null>> {
  const before = await lockedProgram(tx, id);
  mustBeAllowed(actor, 'delete', 'programs', before);
  checkIfMatch(before, version);
  await tx.deleteFrom('programs').where('id', '=', id).execute();
  return { action: 'delete', resource: 'programs', recordId: id, before, after: null };
}
