import { HttpResponse } from 'msw';
import { requireActor } from '../auth';
import { ApiError } from '../errors';
import type { MockStore, MockUser } from '../store';

/** The API's error shape: `{ message, errors? }` with the status the refusal carries. */
export function errorResponse(error: unknown) {
  if (error instanceof ApiError) {
    const body = error.errors ? { message: error.message, errors: error.errors } : { message: error.message };
    return HttpResponse.json(body, { status: error.status });
  }
  // A bug in the mock shows in the test's console, never as a silent 500.
  console.error(error);
  return HttpResponse.json({ message: 'app.error.server' }, { status: 500 });
}

/** Runs a handler body and turns its refusals into error responses. */
export async function answer(produce: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await produce();
  } catch (error) {
    return errorResponse(error);
  }
}

/** Runs a handler for whoever is signed in: nobody gets 401 before anything else is looked at. */
export const signedIn = (getStore: () => MockStore, produce: (store: MockStore, actor: MockUser) => Response | Promise<Response>) =>
  answer(() => {
    const store = getStore();
    return produce(store, requireActor(store));
  });

/** A page of a list with its place in the whole: `Content-Range: cities 0-24/319`. */
export function listResponse(name: string, { data, total, start }: { data: unknown[]; total: number; start: number }) {
  const range = data.length > 0 ? `${start}-${start + data.length - 1}` : '*';
  return HttpResponse.json(data, {
    headers: { 'Content-Range': `${name} ${range}/${total}`, 'Access-Control-Expose-Headers': 'Content-Range' },
  });
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; no header → no version check. */
export function versionFromIfMatch(request: Request): number | undefined {
  const header = request.headers.get('If-Match');
  if (header === null || header.trim() === '*') return undefined;
  const version = Number(header.replace(/^W\//, '').replace(/"/g, '').trim());
  if (!Number.isInteger(version)) throw new ApiError(400, 'The If-Match header must carry the record version, e.g. "3".');
  return version;
}

/**
 * The request's JSON body; malformed JSON is a 400, not a crash. A body of another declared
 * type, or of none, is a 415 as on the server (decision 011: a form on another site cannot send JSON).
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('Content-Type');
  const text = await request.text();
  if (type !== null ? !/^application\/json\s*(;|$)/i.test(type) : text.length > 0) {
    throw new ApiError(415, 'The request body must be JSON (Content-Type: application/json).');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
}

/** A record id from the path: a positive integer, or the record cannot exist. */
export function parseId(raw: unknown): number {
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new ApiError(404, 'ra.notification.item_doesnt_exist');
  return id;
}
