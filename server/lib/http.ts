import type { Context } from 'hono';
import { hasUnstorableText, ListQueryError, parseListQuery, parseListQueryWith, type ListQuery, type ListResource, type ResourceSpec } from '../../src/domain';
import { ApiError } from './errors';

/**
 * The request's JSON body as an object; malformed JSON or another shape is a 400. Declared
 * as anything but JSON, 415: a form posted from another site can only send form or text types.
 */
export async function readBody(c: Context): Promise<Record<string, unknown>> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
    throw new ApiError(415, 'The request body must be JSON (Content-Type: application/json).');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'The request body must be a JSON object.');
  }
  const unstorable = Object.entries(body).find(([key, value]) => holdsUnstorableText(key) || holdsUnstorableText(value));
  if (unstorable) throw new ApiError(400, 'app.error.invalid', { [unstorable[0]]: 'app.validation.characters' });
  return body as Record<string, unknown>;
}

/**
 * True when some text in `value` (a key or a string, however deep) is one no database stores
 * as sent: every route refuses it alike, whatever its schema says of the field.
 */
function holdsUnstorableText(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string' && hasUnstorableText(next)) return true;
    if (typeof next === 'object' && next !== null) for (const [key, item] of Object.entries(next)) pending.push(key, item);
  }
  return false;
}

/**
 * sort / range / filter as ra-data-simple-rest sends them, for a resource of LIST_SPECS or a
 * list described by its own spec (users, audit); getMany (no range) gets every id it names.
 */
export function readListQuery(c: Context, list: ListResource | ResourceSpec): ListQuery {
  const params = new URL(c.req.url).searchParams;
  try {
    return typeof list === 'string' ? parseListQuery(list, params) : parseListQueryWith(list, params);
  } catch (error) {
    if (error instanceof ListQueryError) throw new ApiError(400, error.message, error.errors);
    throw error;
  }
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; no header → no version check. */
export function versionFromIfMatch(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined || header.trim() === '*') return undefined;
  const version = Number(header.replace(/^W\//, '').replace(/"/g, '').trim());
  if (!Number.isInteger(version)) throw new ApiError(400, 'The If-Match header must carry the record version, e.g. "3".');
  return version;
}
