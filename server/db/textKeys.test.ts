import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_LIST_SPECS, keyColumn, keyedFields, LIST_SPECS, type ResourceSpec } from '../../src/domain';
import type { DatabaseHandle } from './database';
import { openTestDatabase } from './testDatabase';

const TABLES: Record<string, ResourceSpec> = { ...LIST_SPECS, ...DIRECTORY_LIST_SPECS };

describe('the key columns of the text that lists search and sort (decision 012)', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
  });
  afterAll(() => handle.close());

  it.each(Object.keys(TABLES))('%s has a key column for each searched or sorted text field', async (table) => {
    const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(handle.db);
    const columns = rows.map((row) => row.name);
    expect(columns).toEqual(expect.arrayContaining(keyedFields(TABLES[table]!).map(keyColumn)));
  });
});
