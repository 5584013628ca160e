import type { Context } from 'hono';
import { ApiError } from '../../lib/errors';
import { IMPORTABLE, type Importable } from '../../../src/domain/importFields';
import { parseTable } from './parse';
import { checkMapping, type ImportRequest, type Mapping } from './run';

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((header) => typeof header === 'string');

function mappingOf(raw: string | undefined): Mapping {
  if (raw === undefined) return {};
  try {
    const mapping: unknown = JSON.parse(raw);
    if (isMapping(mapping)) return mapping;
  } catch {
    // Said below, as for any other shape.
  }
  throw new ApiError(400, 'app.import.mappingInvalid');
}

/**
 * An import's request: the file (CSV or XLSX) is the body, as it is on disk; the query says
 * `resource`, `fileName`, `mapping` (JSON {field: header}) and `duplicates` (update or skip).
 */
export async function readImportRequest(c: Context): Promise<ImportRequest> {
  const { resource, fileName = '', mapping, duplicates = 'skip' } = c.req.query();
  if (!IMPORTABLE.includes(resource as Importable)) throw new ApiError(400, 'app.error.invalid', { resource: 'app.validation.choice' });
  if (duplicates !== 'update' && duplicates !== 'skip') throw new ApiError(400, 'app.error.invalid', { duplicates: 'app.validation.choice' });
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw new ApiError(400, 'app.error.invalid', { file: 'app.validation.required' });
  const table = await parseTable(fileName, bytes);
  const request = { resource: resource as Importable, fileName: fileName.slice(0, 200), table, mapping: mappingOf(mapping), duplicates } as const;
  checkMapping(request.resource, request.mapping, table.headers);
  return request;
}
