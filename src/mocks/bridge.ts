import { http } from 'msw';
import type { SqlJsStatic } from 'sql.js';
import { createApp } from '../../server/app';
import { LOW_COST, type PasswordHasher } from '../../server/auth/password';
import type { SessionJar } from '../../server/auth/transport';
import { migrate, type DatabaseHandle } from '../../server/db/database';
import { seedDatabase } from '../../server/db/seed';
import type { GazetteerCity, SeedData } from '../domain/seed';
import { DEMO_PASSWORD } from '../domain/seed/users';
import { openSqlJs } from './database';
import { webPasswords } from './webScrypt';

/*
 * The mock mode's bridge: no second API, the server's own app (server/app.ts) answering in the
 * page, on SQLite compiled to WebAssembly. MSW hands it every /api request; the session token
 * lives in a jar, because the page can neither send a Cookie header nor read a Set-Cookie.
 */

export type MockApp = ReturnType<typeof createApp>;

/** The demo team's password hash, at a low cost (a demo sign-in should not hold the page); passwords set in the app are hashed at the real cost. */
export const demoPasswordHash = () => webPasswords(LOW_COST).hash(DEMO_PASSWORD);

/**
 * A database migrated and seeded with `data` as the server seeds it, the demo team given
 * DEMO_PASSWORD; or a copy of one (`bytes` from its exportBytes), which takes milliseconds.
 */
export async function openMockDatabase(SQL: SqlJsStatic, from: { data: SeedData } | { bytes: Uint8Array }) {
  if ('bytes' in from) return openSqlJs(SQL, from.bytes);
  const handle = openSqlJs(SQL);
  await migrate(handle.db);
  await seedDatabase(handle, from.data, { passwordHash: await demoPasswordHash() });
  return handle;
}

export interface MockAppOptions {
  today: () => string;
  now: () => string;
  gazetteer: readonly GazetteerCity[];
  /** Default: @noble/hashes at the server's cost; tests hash at LOW_COST (the production cost is the server tests' concern). */
  passwords?: PasswordHasher;
}

/** The server's app on a database of the page. */
export const mockApp = (handle: Pick<DatabaseHandle, 'db' | 'dialect'>, { today, now, gazetteer, passwords = webPasswords() }: MockAppOptions) =>
  createApp({ handle, now, today, gazetteer, passwords });

/** A jar that keeps the token in memory (a browser tab's cookie, for tests). */
export function memoryJar(): SessionJar {
  let token: string | null = null;
  return {
    get: () => token,
    set: (value) => {
      token = value;
    },
    clear: () => {
      token = null;
    },
  };
}

/**
 * The MSW handler of the whole API: each request goes to the app of the moment, with the jar.
 * `track` sees each answer under way (the tests wait for them before closing the database).
 */
export const apiHandler = (appOf: () => MockApp, jar: SessionJar, track = (answer: Promise<Response>) => answer) =>
  http.all('*/api/*', ({ request }) => track(Promise.resolve(appOf().fetch(request, { sessionJar: jar }))));
