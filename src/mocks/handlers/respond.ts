import { HttpResponse } from 'msw';
import { ApiError } from '../errors';

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

/** The request's JSON body; malformed JSON is a 400, not a crash. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
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
