import type { ListQuery } from '../../../src/domain';
import type { RouteDeps } from '../../app';
import { neutralise, type Cell } from './cells';
import { translatorFor, type ExportLocale } from './catalogues';
import { linkedNamesOf } from './linked';
import type { ExportSource } from './sources';

/** Rows read per query: the list's own SQL, one chunk at a time, so no export holds them all. */
export const CHUNK_ROWS = 500;

/**
 * Every record the list's filter matches, in its sort, chunk after chunk through the list's
 * repository function (the sort ends with the id, so consecutive pages neither repeat nor
 * skip a row while nothing is written meanwhile).
 */
async function* recordChunks(source: ExportSource, deps: RouteDeps, query: ListQuery) {
  for (let start = 0; ; start += CHUNK_ROWS) {
    const records = await source.page(deps, { ...query, range: [start, start + CHUNK_ROWS - 1] });
    if (records.length > 0) yield records;
    if (records.length < CHUNK_ROWS) return;
  }
}

/** The titles of the columns, in the user's language. */
export function headerOf(resource: string, source: ExportSource, locale: ExportLocale): string[] {
  const t = translatorFor(locale);
  return source.columns.map((column) => t(`resources.${resource}.fields.${column.field}`));
}

/** The cells of every matching record, chunk by chunk: labelled, linked by name, formula-safe. */
export async function* cellChunks(source: ExportSource, deps: RouteDeps, query: ListQuery, locale: ExportLocale): AsyncGenerator<Cell[][]> {
  const t = translatorFor(locale);
  for await (const records of recordChunks(source, deps, query)) {
    const linked = await linkedNamesOf(deps.db, records);
    yield records.map((record) => source.columns.map((column) => neutralise(column.cell(record as never, { t, locale, linked }))));
  }
}
