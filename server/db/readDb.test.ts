import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyPipeline } from '../../tests/setup/testRecords';
import { createApp } from '../app';
import { createSession } from '../auth/sessions';
import { TEST_PASSWORDS } from '../auth/testPasswords';
import { openDatabase } from './client';
import { migrate, type DatabaseHandle } from './database';
import { openReaderPool, readerDb, type ReaderPool } from './readerPool';
import { seedDatabase } from './seed';

const TODAY = '2026-12-05';
const STAFF = 1;

let dir: string;
let handle: DatabaseHandle;
let app: ReturnType<typeof createApp>;
let cookie: string;
/** The tables of the statements sent to the reader threads, in order. */
let sentToReaders: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'read-db-'));
  const path = join(dir, 'app.sqlite');
  const main = openDatabase(`file:${path}`);
  const pool = openReaderPool({ path, busyTimeoutMs: 5000 }, 2);
  const watched: ReaderPool = {
    run: (query) => {
      sentToReaders.push(/ from "(\w+)"/.exec(query.sql)?.[1] ?? query.sql);
      return pool.run(query);
    },
    close: () => pool.close(),
  };
  const readDb = readerDb(watched);
  handle = { ...main, readDb, close: async () => (await readDb.destroy(), await main.close()) };
  await migrate(handle.db);
  await seedDatabase(handle, emptyPipeline());
  const now = () => new Date().toISOString();
  app = createApp({ handle, now, today: () => TODAY, gazetteer: [], passwords: TEST_PASSWORDS });
  cookie = `sid=${await createSession(handle.db, STAFF, now())}`;
});
afterAll(async () => {
  await handle?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  sentToReaders = [];
});

async function send(method: string, path: string, body?: object) {
  const headers = { Cookie: cookie, ...(body ? { 'Content-Type': 'application/json' } : {}) };
  const response = await app.request(`/api${path}`, { method, headers, body: body && JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, range: response.headers.get('Content-Range') };
}
const ghanaCities = `/cities?${new URLSearchParams({ filter: JSON.stringify({ country: 'GH' }), sort: '["name","ASC"]' })}`;
const namesAndTotal = async () => {
  const { json, range } = await send('GET', ghanaCities);
  return { names: (json as unknown as { name: string }[]).map((city) => city.name), range };
};

describe('reads on a file database with reader threads', () => {
  it('send a list page and its count to the readers, and keep a record by id and every write on the main connection', async () => {
    const created = await send('POST', '/cities', { name: 'Kumasi Test', country: 'GH' });
    expect(created.status).toBe(201);
    expect(sentToReaders).toEqual([]);

    expect(await namesAndTotal()).toEqual({ names: ['Kumasi Test'], range: 'cities 0-0/1' });
    expect(sentToReaders).toEqual(['cities', 'cities']);

    sentToReaders = [];
    expect((await send('GET', `/cities/${String(created.json.id)}`)).json).toMatchObject({ name: 'Kumasi Test' });
    expect(sentToReaders).toEqual([]);
  });

  it('send the aggregates of the board, the map and the funnel to the readers, and keep the progress figures on the main connection', async () => {
    const paths = ['/stats/stages', '/stats/map', '/stats/funnel'];
    const answered: [string, number, boolean][] = [];
    for (const path of paths) {
      sentToReaders = [];
      answered.push([path, (await send('GET', path)).status, sentToReaders.length > 0]);
    }
    expect(answered).toEqual(paths.map((path) => [path, 200, true]));
    sentToReaders = [];
    expect((await send('GET', '/stats/progress')).status).toBe(200);
    expect(sentToReaders).toEqual([]);
  });

  it('show every write of an earlier request in the lists and counts that follow it', async () => {
    const before = await namesAndTotal();
    const { json: tamale } = await send('POST', '/cities', { name: 'Tamale Test', country: 'GH' });
    expect(await namesAndTotal()).toEqual({ names: [...before.names, 'Tamale Test'], range: `cities 0-${before.names.length}/${before.names.length + 1}` });

    const renamed = await send('PUT', `/cities/${String(tamale.id)}`, { ...tamale, name: 'Accra Test' });
    expect(renamed.status).toBe(200);
    expect((await namesAndTotal()).names).toEqual(['Accra Test', ...before.names]);

    expect((await send('DELETE', `/cities/${String(tamale.id)}`)).status).toBe(200);
    expect(await namesAndTotal()).toEqual(before);
    expect(sentToReaders.filter((table) => table !== 'cities')).toEqual([]);
  });
});
