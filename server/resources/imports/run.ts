import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database';
import { ApiError } from '../../lib/errors';
import type { RecordChange, Writer } from '../../lib/writePath';
import { cellValue } from './cells';
import { IMPORT_FIELDS, type Duplicates, type Importable, type ImportTotals, type RowReport } from '../../../src/domain/importFields';
import type { Table } from './parse';
import { importCityRow, importPartnershipRow, type RowResult } from './rowWriters';

/** Which field each mapped column fills: { field: header }. */
export type Mapping = Record<string, string>;

export interface ImportRequest {
  resource: Importable;
  fileName: string;
  table: Table;
  mapping: Mapping;
  duplicates: Duplicates;
}

export type Progress = (done: number, total: number) => Promise<void>;

const PROGRESS_EVERY = 100;
const WRITERS = { cities: importCityRow, partnerships: importPartnershipRow };

/** The mapping must name fields of the resource and headers of the file. */
export function checkMapping(resource: Importable, mapping: Mapping, headers: readonly string[]) {
  const fields = IMPORT_FIELDS[resource];
  for (const [field, header] of Object.entries(mapping)) {
    if (!(field in fields) || !headers.includes(header)) throw new ApiError(400, 'app.import.mappingInvalid', { [field]: 'app.import.mappingInvalid' });
  }
}

function bodyOf(request: ImportRequest, cells: readonly string[]): Record<string, unknown> {
  const fields = IMPORT_FIELDS[request.resource];
  const body: Record<string, unknown> = {};
  for (const [field, header] of Object.entries(request.mapping)) {
    const value = cellValue(cells[request.table.headers.indexOf(header)] ?? '', fields[field]!);
    if (value !== undefined) body[field] = value;
  }
  return body;
}

/** One row in a savepoint of its own: a refused row leaves nothing behind, and the rest go on. */
async function runRow(tx: DbOrTx, work: () => Promise<RowResult>): Promise<RowResult | ApiError> {
  await sql`savepoint import_row`.execute(tx);
  try {
    const result = await work();
    await sql`release savepoint import_row`.execute(tx);
    return result;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await sql`rollback to savepoint import_row`.execute(tx);
    await sql`release savepoint import_row`.execute(tx);
    return error;
  }
}

function reportOf(line: number, result: RowResult | ApiError): RowReport {
  if (result instanceof ApiError) return { line, outcome: 'refused', errors: result.errors ?? { _: result.message } };
  if ('skipped' in result) return { line, outcome: 'skipped', recordId: result.skipped };
  return { line, outcome: result.change.action === 'create' ? 'created' : 'updated', recordId: result.change.recordId };
}

/**
 * Every row of the file through the same repository functions and rules as the forms, in the
 * caller's transaction: what each row became, and the changes to record. Anything but a
 * refusal (ApiError) stops the whole import, which then leaves nothing.
 */
export async function runRows(tx: DbOrTx, request: ImportRequest, writer: Writer, progress?: Progress) {
  const rows = request.table.rows;
  const report: RowReport[] = [];
  const changes: RecordChange[] = [];
  for (const [index, cells] of rows.entries()) {
    const result = await runRow(tx, () => WRITERS[request.resource](tx, bodyOf(request, cells), request.duplicates, writer));
    if (!(result instanceof ApiError) && 'change' in result) changes.push(result.change);
    report.push(reportOf(index + 2, result));
    if (progress && (index + 1) % PROGRESS_EVERY === 0) await progress(index + 1, rows.length);
  }
  return { report, changes };
}

export const totalsOf = (report: readonly RowReport[]) => {
  const totals: ImportTotals = { created: 0, updated: 0, skipped: 0, refused: 0 };
  for (const row of report) totals[row.outcome] += 1;
  return totals;
};
