import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * One record per city (decision 015). The GeoNames id is unique since the first migration;
 * a city without one is unique by folded name, country and admin1 (no admin1 counts as '').
 * A database that already holds such duplicates is not changed: the migration stops, naming
 * them, so staff merge them by hand and start again; nothing is deleted or merged blindly.
 */
interface Row {
  id: number;
  name: string;
  country: string;
  admin1: string | null;
  nameKey: string | null;
  admin1Key: string | null;
}

export async function up(db: Kysely<any>): Promise<void> {
  const rows: Row[] = await db
    .selectFrom('cities')
    .select(['id', 'name', 'country', 'admin1', 'nameKey', 'admin1Key'])
    .where('geonameId', 'is', null)
    .orderBy('id')
    .execute();
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.nameKey, row.country, row.admin1Key ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const duplicates = [...groups.values()].filter((group) => group.length > 1);
  if (duplicates.length > 0) {
    const listed = duplicates.map((group) => {
      const [{ name, country, admin1 }] = group as [Row];
      return `${name} (${[country, admin1].filter(Boolean).join(', ')}): ids ${group.map((row) => row.id).join(', ')}`;
    });
    throw new Error(
      `The cities table holds the same city more than once. Merge each group (move its partnerships, events and programs to one record, delete the others), then start again:\n${listed.join('\n')}`,
    );
  }
  await sql`create unique index cities_same_name on cities ("nameKey", country, coalesce("admin1Key", '')) where "geonameId" is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cities_same_name').execute();
}
