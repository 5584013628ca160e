import pg from 'pg';
import { openDatabase } from './client';
import { migrate, type DatabaseHandle } from './database';

/**
 * The databases a server test runs on: SQLite in memory always; PostgreSQL too when
 * TEST_DATABASE_URL names a server (scripts/with-postgres.sh sets it).
 */
export const TEST_BACKENDS = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgres' as const] : [])] as const;
export type TestBackend = (typeof TEST_BACKENDS)[number];

/**
 * A fresh, migrated database of its own for one test file: in-memory SQLite, or a new
 * PostgreSQL database (dropped by `close`), so files never share data and run in any order.
 */
export async function openTestDatabase(backend: TestBackend): Promise<DatabaseHandle> {
  if (backend === 'sqlite') {
    const handle = openDatabase('file::memory:');
    await migrate(handle.db);
    return handle;
  }
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  await migrate(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await onServer(serverUrl, `drop database ${name}`);
    },
  };
}

async function onServer(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
