/** A refusal the client caused: its status, a sentence, and field errors (translation keys). */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
  /** Seconds to wait before trying again (429): sent as Retry-After. */
  retryAfter?: number;
}

export const notFound = () => new ApiError(404, 'ra.notification.item_doesnt_exist');

/** A record id from the path: a positive integer, or the record cannot exist. */
export function parseId(raw: string | undefined): number {
  const id = raw && /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  // Beyond PostgreSQL's integer no record can exist, and asking for one would fail there.
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  return id;
}
