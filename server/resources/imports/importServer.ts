import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { TEST_PASSWORDS } from '../../auth/testPasswords';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, type TestBackend } from '../../db/testDatabase';
import { seedUsers } from '../../../src/domain/seed/users';
import { TEST_TODAY } from '../partnerships/testServer';

/** A file as the browser sends it. */
export interface Upload {
  resource: string;
  name: string;
  content: string | Uint8Array;
  mapping?: Record<string, string>;
  duplicates?: 'update' | 'skip';
}

/** The request an upload is: the file as the body, the rest in the query. */
export function requestOf({ resource, name, content, mapping, duplicates }: Upload): { query: string; body: Uint8Array } {
  const query = new URLSearchParams({ resource, fileName: name, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}), ...(duplicates ? { duplicates } : {}) });
  return { query: `?${query}`, body: typeof content === 'string' ? new TextEncoder().encode(content) : content };
}

async function answer(response: Response) {
  const text = await response.text();
  // Tests read whatever the API answered: loosely typed on purpose.
  const json: any = text ? JSON.parse(text) : null;
  return { status: response.status, json };
}

/**
 * The API on a database of its own with the demo team (Marcus Ellison, id 2, staff, signed
 * in), for the import's tests: `upload` posts a file, `call` sends JSON,
 * and what the server logs is kept in `logged`.
 */
export async function createImportServer(backend: TestBackend) {
  const handle = await openTestDatabase(backend);
  await seedDatabase(handle, { users: seedUsers(), cities: [], partnerships: [], events: [], programs: [] });
  let seconds = 0;
  const logged: string[] = [];
  const app = createApp({
    passwords: TEST_PASSWORDS,
    handle,
    now: () => new Date(Date.parse(`${TEST_TODAY}T10:00:00.000Z`) + 1000 * seconds++).toISOString(),
    today: () => TEST_TODAY,
    gazetteer: [],
    log: (message) => logged.push(message),
  });
  const cookieOf = async (userId: number) => `sid=${await createSession(handle.db, userId, `${TEST_TODAY}T08:00:00.000Z`)}`;
  let cookie = await cookieOf(2);

  const call = async (method: string, path: string, body?: unknown) =>
    answer(
      await app.request(`/api${path}`, {
        method,
        headers: { Cookie: cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );

  const post = (path: string, upload: Upload, headers: Record<string, string> = {}) => {
    const { query, body } = requestOf(upload);
    return app.request(`/api/imports${path}${query}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/octet-stream', ...headers }, body });
  };

  const count = async (table: 'cities' | 'partnerships' | 'audit' | 'imports') =>
    Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  return {
    db: handle.db,
    dialect: handle.dialect,
    logged,
    call,
    upload: async (path: string, upload: Upload) => answer(await post(path, upload)),
    /** The import answered as NDJSON lines, parsed. */
    uploadStreaming: async (upload: Upload) => (await (await post('', upload, { Accept: 'application/x-ndjson' })).text()).trim().split('\n').map((line) => JSON.parse(line)),
    signIn: async (userId: number) => {
      cookie = await cookieOf(userId);
    },
    /** Counts of what an import writes, and the revision, to show that nothing changed. */
    state: async () => ({
      cities: await count('cities'),
      partnerships: await count('partnerships'),
      audit: await count('audit'),
      imports: await count('imports'),
      revision: Number((await handle.db.selectFrom('revision').select('value').executeTakeFirstOrThrow()).value),
    }),
    close: () => handle.close(),
  };
}
