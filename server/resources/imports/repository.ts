import type { Changes } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { ApiError, notFound } from '../../lib/errors';
import type { ChangeSet, RecordChange, Writer } from '../../lib/writePath';
import { deleteCity, updateCity } from '../cities/repository';
import { deletePartnership, updatePartnership } from '../partnerships/repository';
import type { Importable } from '../../../src/domain/importFields';
import { totalsOf, type ImportRequest } from './run';
import type { RowReport } from '../../../src/domain/importFields';

const CHUNK = 500;
const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** What the audit row of each record an import changed carries: the import it belongs to. */
const pointingTo = (field: string, importId: number): Changes => ({ [field]: { before: null, after: importId } });

export interface ImportSummary {
  id: number;
  resource: Importable;
  fileName: string;
  at: string;
  userName: string | null;
  undoneAt: string | null;
  totals: ReturnType<typeof totalsOf>;
}

async function lastAuditId(tx: DbOrTx): Promise<number> {
  const { last } = await tx.selectFrom('audit').select((eb) => eb.fn.max('id').as('last')).executeTakeFirstOrThrow();
  return Number(last ?? 0);
}

/**
 * Keeps the import and each record it changed (the version it left, and the record before an
 * update); each change's audit row names the import. Runs at the end of the import's work,
 * before the write path writes those audit rows.
 */
export async function saveImport(tx: DbOrTx, request: ImportRequest, report: RowReport[], changes: RecordChange[], { actor, now }: Writer): Promise<ChangeSet<ImportSummary & { report: RowReport[] }>> {
  const auditFrom = await lastAuditId(tx);
  const row = { resource: request.resource, fileName: request.fileName, at: now, userId: actor?.id ?? null, userName: actor?.fullName ?? null, auditFrom, report: JSON.stringify(report) };
  const { id } = await tx.insertInto('imports').values(row).returning('id').executeTakeFirstOrThrow();
  const records = changes.map((change, position) => ({
    importId: id,
    position,
    resource: change.resource,
    recordId: change.recordId,
    action: change.action,
    version: (change.after as { version: number }).version,
    before: change.action === 'update' ? JSON.stringify(change.before) : null,
  }));
  for (const chunk of chunks(records)) await tx.insertInto('importRecords').values(chunk).execute();
  const summary = { id, resource: request.resource, fileName: request.fileName, at: now, userName: row.userName, undoneAt: null, totals: totalsOf(report) };
  return { changes: changes.map((change) => ({ ...change, extra: pointingTo('import', id) })), answer: { ...summary, report } };
}

export async function listImports(db: DbOrTx): Promise<ImportSummary[]> {
  const rows = await db.selectFrom('imports').selectAll().orderBy('id', 'desc').limit(20).execute();
  return rows.map(({ report, userId: _u, auditFrom: _a, undoneBy: _b, ...row }) => ({ ...row, resource: row.resource as Importable, totals: totalsOf(JSON.parse(report) as RowReport[]) }));
}

export async function getImport(db: DbOrTx, id: number): Promise<{ resource: Importable; report: RowReport[] }> {
  const row = await db.selectFrom('imports').select(['resource', 'report']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return { resource: row.resource as Importable, report: JSON.parse(row.report) as RowReport[] };
}

type ImportRecord = { resource: string; recordId: number; action: string; version: number; before: string | null };

/** Whether any record of the import was changed since: another version, gone, or a later audit entry than its own. */
async function changedSince(tx: DbOrTx, resource: Importable, auditFrom: number, records: readonly ImportRecord[]): Promise<boolean> {
  for (const chunk of chunks(records)) {
    const ids = chunk.map((record) => record.recordId);
    const stored = new Map((await tx.selectFrom(resource).select(['id', 'version']).where('id', 'in', ids).execute()).map((row) => [row.id, row.version]));
    if (chunk.some((record) => stored.get(record.recordId) !== record.version)) return true;
    const later = await tx
      .selectFrom('audit')
      .select('recordId')
      .where('resource', '=', resource)
      .where('id', '>', auditFrom)
      .where('recordId', 'in', ids)
      .groupBy('recordId')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .executeTakeFirst();
    if (later) return true;
  }
  return false;
}

const RESTORE = {
  cities: { remove: deleteCity, restore: updateCity },
  partnerships: { remove: deletePartnership, restore: updatePartnership },
};

/**
 * Takes a whole import back, if none of its records changed since: deletes what it created
 * and restores what it updated, each through the repository's rules, last row first.
 */
export async function undoImport(tx: DbOrTx, id: number, writer: Writer): Promise<ChangeSet<{ id: number; undone: number }>> {
  const run = await tx.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!run) throw notFound();
  if (run.undoneAt) throw new ApiError(409, 'app.import.alreadyUndone');
  const resource = run.resource as Importable;
  const records = await tx.selectFrom('importRecords').selectAll().where('importId', '=', id).orderBy('position', 'desc').execute();
  if (await changedSince(tx, resource, Number(run.auditFrom), records)) throw new ApiError(409, 'app.import.changedSince');
  const { remove, restore } = RESTORE[resource];
  const changes: RecordChange[] = [];
  for (const record of records) {
    const change =
      record.action === 'create'
        ? await remove(tx, record.recordId, record.version, writer)
        : await restore(tx, record.recordId, { ...JSON.parse(record.before!), version: record.version, stageNote: `Import ${id} undone` }, writer);
    changes.push({ ...change, extra: pointingTo('importUndone', id) });
  }
  await tx.updateTable('imports').set({ undoneAt: writer.now, undoneBy: writer.actor?.fullName ?? null }).where('id', '=', id).execute();
  return { changes, answer: { id, undone: changes.length } };
}
