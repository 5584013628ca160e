import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Search and text sorts that ignore case and accents, alike on every backend (decision 012):
 * each text field a list sorts or searches by gets a key column, `<field>Key`, holding the
 * text folded (compatibility decomposition, lower case, marks removed, a few letters spelled
 * out). The app writes the keys with every row; this migration fills them for the rows there.
 * On PostgreSQL the keys compare byte by byte (collation "C"), as SQLite compares them.
 */
const KEYED: Record<string, string[]> = {
  cities: ['name', 'country', 'admin1', 'leaderName', 'contactName'],
  partnerships: ['africanCityName', 'usCityName', 'country', 'usState', 'nextStep', 'notes'],
  events: ['title', 'outcome', 'notes'],
  programs: ['title', 'notes'],
  users: ['email', 'fullName'],
  audit: ['userName'],
};

const SPELLED: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ŧ: 't', '’': "'", '‘': "'", ʼ: "'", ʻ: "'" };
const fold = (text: string | null) =>
  text === null
    ? null
    : text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/\p{M}+/gu, '')
        .replace(/[øđðłßæœıħþŧ’‘ʼʻ]/g, (letter) => SPELLED[letter]!)
        .replace(/[-‐‑‒–—]/g, ' ');

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const keyType = pg ? sql`text collate "C"` : sql`text`;
  for (const [table, fields] of Object.entries(KEYED)) {
    for (const field of fields) await db.schema.alterTable(table).addColumn(`${field}Key`, keyType).execute();
    const rows = await db.selectFrom(table).select(['id', ...fields]).execute();
    for (const row of rows) {
      const keys = Object.fromEntries(fields.map((field) => [`${field}Key`, fold(row[field] as string | null)]));
      await db.updateTable(table).set(keys).where('id', '=', row.id).execute();
    }
  }
  // The city lists sort by name, on their own and within a side and region.
  await db.schema.dropIndex('cities_name').execute();
  await db.schema.dropIndex('cities_side_region_name').execute();
  await db.schema.createIndex('cities_name_key').on('cities').columns(['nameKey', 'id']).execute();
  await db.schema.createIndex('cities_side_region_name_key').on('cities').columns(['side', 'region', 'nameKey', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cities_side_region_name_key').execute();
  await db.schema.dropIndex('cities_name_key').execute();
  await db.schema.createIndex('cities_name').on('cities').column('name').execute();
  await db.schema.createIndex('cities_side_region_name').on('cities').columns(['side', 'region', 'name']).execute();
  for (const [table, fields] of Object.entries(KEYED)) {
    for (const field of fields) await db.schema.alterTable(table).dropColumn(`${field}Key`).execute();
  }
}
