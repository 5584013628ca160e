import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gazetteer from 'virtual:gazetteer';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../src/domain/seed';
import { backupDatabase } from '../../scripts/backup';
import { restoreDatabase } from '../../scripts/restore';
import { PG_BIN } from '../../tests/setup/postgresCluster';
import { createApp } from '../app';
import { createSession } from '../auth/sessions';
import { TEST_PASSWORDS } from '../auth/testPasswords';
import { revisionReader, TOPICS } from '../lib/revision';
import { databaseTarget, openDatabase, type DatabaseTarget } from './client';
import { migrate, type DatabaseHandle } from './database';
import { seedDatabase } from './seed';
import { TEST_BACKENDS, type TestBackend } from './testDatabase';

const TODAY = '2026-11-28';
const NOW = `${TODAY}T10:00:00.000Z`;
const tools = { pgBin: PG_BIN };

/** A database of the test's own that other processes (the scripts' tools) can reach. */
async function databaseUrl(backend: TestBackend, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (backend === 'sqlite') return { url: `file:${join(dir, 'live.sqlite')}`, drop: async () => {} };
  const server = process.env.TEST_DATABASE_URL!;
  const name = `backup_${process.pid}_${Date.now().toString(36)}`;
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await onServer(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`drop database ${name}`) };
}

/** Every row of every table, every column, in a stable order (SQLite's planner statistics aside): what a restore must give back. */
async function everyTable(handle: DatabaseHandle): Promise<Record<string, unknown[]>> {
  const names =
    handle.dialect === 'sqlite'
      ? // Ordinary tables: a search index and its shadow tables are rebuilt from them, not copied.
        await sql<{ name: string }>`select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name`.execute(handle.db)
      : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by 1`.execute(handle.db);
  const tables: Record<string, unknown[]> = {};
  for (const { name } of names.rows) {
    const { rows } = await sql`select * from ${sql.table(name)}`.execute(handle.db);
    tables[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

describe.each(TEST_BACKENDS)('backup and restore on %s', (backend) => {
  let dir: string;
  let target: DatabaseTarget;
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let call: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backup-test-'));
    const database = await databaseUrl(backend, dir);
    drop = database.drop;
    target = databaseTarget(database.url);
    handle = openDatabase(database.url);
    await migrate(handle.db);
    await seedDatabase(handle, generateSeed({ gazetteer, today: TODAY }));
    const admin = await handle.db.selectFrom('users').select('id').where('role', '=', 'admin').orderBy('id').executeTakeFirstOrThrow();
    const cookie = `sid=${await createSession(handle.db, admin.id, NOW)}`;
    const app = createApp({ handle, passwords: TEST_PASSWORDS, now: () => NOW, today: () => TODAY, gazetteer: [] });
    call = async (method, path, body) => {
      const headers = { Cookie: cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
      const response = await app.request(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    };
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const firstCities = '/cities?sort=["id","ASC"]&range=[0,4]';

  it('gives back every row of every table, and a running server serves the restored rows, not the answers it kept', async () => {
    const before = await everyTable(handle);
    const file = join(dir, 'backups', `backup.${backend}`);
    await backupDatabase(target, file, tools);

    // Changes after the backup, one of them on a page the server now keeps.
    const [first] = (await call('GET', firstCities)).json;
    expect((await call('PUT', `/cities/${first.id}`, { ...first, name: 'Renamed after the backup' })).status).toBe(200);
    expect((await call('GET', firstCities)).json[0].name).toBe('Renamed after the backup');
    expect((await call('POST', '/cities', { name: 'Founded after the backup', country: 'GH' })).status).toBe(201);
    const revisionAfterChanges = await revisionReader(handle.db)();

    await restoreDatabase(target, file, tools);
    const { revision: _restored, ...restored } = await everyTable(handle);
    const { revision: _revision, ...expected } = before;
    expect(restored).toEqual(expected);
    // Every topic moves past where it was: no instance keeps an answer of any kind across a restore.
    const revisionRestored = await revisionReader(handle.db)();
    for (const name of ['value', ...TOPICS] as const) expect.soft(revisionRestored[name], name).toBeGreaterThan(revisionAfterChanges[name]);

    // A write after the restore moves the revision on: the page kept before must not come back.
    expect((await call('POST', '/cities', { name: 'Founded after the restore', country: 'KE' })).status).toBe(201);
    expect((await call('GET', firstCities)).json[0]).toEqual(first);
  });

  it('refuses a backup of another version of the schema, and changes nothing', async () => {
    // A backup made by a later version of the app: one migration this one does not know.
    const migrations = sql.table('kysely_migration');
    const later = '9999-12-31T00-00_later';
    await sql`insert into ${migrations} (name, timestamp) values (${later}, ${NOW})`.execute(handle.db);
    const file = join(dir, 'backups', `other-schema.${backend}`);
    await backupDatabase(target, file, tools);
    await sql`delete from ${migrations} where name = ${later}`.execute(handle.db);

    const before = await everyTable(handle);
    await expect(restoreDatabase(target, file, tools)).rejects.toThrow(/another version of the schema/);
    expect(await everyTable(handle)).toEqual(before);
  });
});
