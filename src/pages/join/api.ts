import type { Side } from '../../domain/regions';
import type { JoinMessageKey } from './locales/en';

/** A city of the gazetteer, as GET /api/join/places answers. */
export interface Place {
  geonameId: number;
  name: string;
  country: string;
  admin1: string | null;
  population: number | null;
}

/** What became of a sign-up sent. */
export type Outcome =
  | { kind: 'received' }
  | { kind: 'invalid'; errors: Record<string, string> }
  /** Not taken: `message` says why; `freshToken` asks for a new stamp before the next try. */
  | { kind: 'refused'; message: JoinMessageKey; freshToken?: boolean; retryAfterSeconds?: number };

const JSON_HEADERS = { Accept: 'application/json' };

/** The stamp of the form's opening, which the sign-up carries back. */
export async function fetchToken(): Promise<string> {
  const response = await fetch('/api/join/start', { headers: JSON_HEADERS, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET /api/join/start answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function searchPlaces(side: Side, query: string, signal: AbortSignal): Promise<Place[]> {
  const params = new URLSearchParams({ side, q: query });
  const response = await fetch(`/api/join/places?${params}`, { headers: JSON_HEADERS, signal });
  if (!response.ok) throw new Error(`GET /api/join/places answered ${response.status}`);
  return (await response.json()) as Place[];
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); undefined when absent. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

const STAMP_REFUSALS = new Set(['join.error.expired', 'join.error.stamp']);

/** Reads the server's answer to a sign-up (DESIGN.md: errors are JSON `{message, errors}`). */
export async function outcomeOf(response: Response): Promise<Outcome> {
  if (response.ok) return { kind: 'received' };
  const body = (await response.json().catch(() => ({}))) as { message?: unknown; errors?: unknown };
  const message = typeof body.message === 'string' ? body.message : '';
  const errors = body.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : {};
  if (response.status === 413) return { kind: 'refused', message: 'join.error.tooLarge' };
  if (response.status === 429) return { kind: 'refused', message: 'join.error.tooMany', retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')) };
  if (response.status >= 500) return { kind: 'refused', message: 'join.error.server' };
  if (STAMP_REFUSALS.has(message)) return { kind: 'refused', message: message as JoinMessageKey, freshToken: true };
  if (message === 'join.error.tooFast') return { kind: 'refused', message };
  if (Object.keys(errors).length) return { kind: 'invalid', errors };
  return { kind: 'refused', message: 'app.error.invalid' };
}

/** POST /api/join. A request that never got an answer is a network failure, said as such. */
export async function sendJoinRequest(body: Record<string, unknown>): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch('/api/join', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'refused', message: 'join.error.network' };
  }
  return outcomeOf(response);
}
