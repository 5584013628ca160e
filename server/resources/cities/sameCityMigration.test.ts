import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { migrations } from '../../db/migrations';
import { openTestDatabase, TEST_BACKENDS } from '../../db/testDatabase';

const MIGRATION = '2026-12-04T19-10_same-city';
const at = '2026-11-28T09:00:00.000Z';
const city = (name: string, nameKey: string) => ({
  name, nameKey, country: 'GH', countryKey: 'gh', side: 'africa', region: 'Western', languages: '[]', sciMember: 0, version: 1, createdAt: at, updatedAt: at,
});

describe.each(TEST_BACKENDS)('the migration to one record per city, on a database that already holds duplicates, on %s', (backend) => {
  let handle: DatabaseHandle;
  let migrator: Migrator;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    // Back to the day before: the duplicates a double submit made then are still there.
    const names = Object.keys(migrations);
    await migrator.migrateTo(names[names.indexOf(MIGRATION) - 1]!);
  });
  afterAll(() => handle.close());

  it('stops, naming every duplicate, keeps every row, and runs once they are merged', async () => {
    const kept = await handle.db.insertInto('cities').values([city('Tema', 'tema'), city('TEMA', 'tema'), city('Ho', 'ho')]).returning('id').execute();
    const [tema, copy] = kept.map((row) => row.id) as [number, number];

    const refused = await migrator.migrateToLatest();

    expect(refused.error).toBeInstanceOf(Error);
    expect(String(refused.error)).toContain(`Tema (GH): ids ${tema}, ${copy}`);
    expect(await handle.db.selectFrom('cities').select('id').orderBy('id').execute()).toEqual(kept);

    await handle.db.deleteFrom('cities').where('id', '=', copy).execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await expect(handle.db.insertInto('cities').values(city('Temá', 'tema')).execute()).rejects.toThrow(/unique|duplicate/i);
  });
});
