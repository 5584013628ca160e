import { http, HttpResponse } from 'msw';
import type { User } from '../../domain/seed';
import { ApiError, notFound } from '../errors';
import type { MockStore } from '../store';
import { answer, parseId, readJson } from './respond';

function parseFilter(raw: string | null): Record<string, unknown> {
  try {
    const filter: unknown = raw ? JSON.parse(raw) : {};
    if (typeof filter === 'object' && filter !== null && !Array.isArray(filter)) return filter as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new ApiError(400, 'The filter parameter must be a JSON object.');
}

function matchesUser(user: User, filter: Record<string, unknown>): boolean {
  const ids = filter.id === undefined ? null : ([] as unknown[]).concat(filter.id).map(Number);
  const q = typeof filter.q === 'string' ? filter.q.toLowerCase() : '';
  return (
    (!ids || ids.includes(user.id)) &&
    (filter.role === undefined || user.role === filter.role) &&
    (!q || `${user.fullName} ${user.email}`.toLowerCase().includes(q))
  );
}

/**
 * The team, read-only (names of owners and of who moved a stage), and who is signed in.
 * The mock has no passwords: any team email signs in, as that person.
 */
export function userHandlers(getStore: () => MockStore) {
  return [
    http.get('*/api/users', ({ request }) =>
      answer(() => {
        const filter = parseFilter(new URL(request.url).searchParams.get('filter'));
        const users = getStore()
          .users.filter((u) => matchesUser(u, filter))
          .sort((a, b) => a.fullName.localeCompare(b.fullName));
        const range = users.length > 0 ? `0-${users.length - 1}` : '*';
        return HttpResponse.json(users, {
          headers: { 'Content-Range': `users ${range}/${users.length}`, 'Access-Control-Expose-Headers': 'Content-Range' },
        });
      }),
    ),
    http.get('*/api/users/:id', ({ params }) =>
      answer(() => {
        const user = getStore().users.find((u) => u.id === parseId(params.id));
        if (!user) throw notFound();
        return HttpResponse.json(user);
      }),
    ),
    http.get('*/api/auth/me', () => {
      const store = getStore();
      return HttpResponse.json(store.users.find((u) => u.id === store.actingUserId) ?? null);
    }),
    http.post('*/api/auth/login', ({ request }) =>
      answer(async () => {
        const body = (await readJson(request)) as { email?: unknown } | null;
        const store = getStore();
        const user = store.users.find((u) => !u.disabled && u.email === body?.email);
        if (!user) throw new ApiError(401, 'ra.auth.sign_in_error');
        store.actingUserId = user.id;
        return HttpResponse.json(user);
      }),
    ),
    http.post('*/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
  ];
}
