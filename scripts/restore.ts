/**
 * Puts a backup (scripts/backup.ts) back into the server's database:
 *
 *   npm run restore -- FILE
 *
 * Safe while servers run: every row of every table is replaced in ONE transaction, so a
 * request sees the data before or after, never between; the revision then moves past any
 * value the live database had, so no server sends an answer it kept from before (decision 019).
 * The database is first brought to this version's schema; a backup of another schema is refused.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { databaseTarget, openDatabase, type DatabaseTarget } from '../server/db/client';
import { migrate } from '../server/db/database';
import { TOPICS } from '../server/lib/revision';
import { parseEnv } from '../server/env';
import { finished, pgCommand, type PgTools } from './backup';

/** Filled by triggers on partnerships (decision 013). */
const JOURNAL = 'progressJournal';
/** Each counter of the revision moves past both the live one and the backup's: no kept answer survives. */
const REVISION_COLUMNS = ['value', ...TOPICS];
const SCHEMA_MISMATCH = 'The backup was made for another version of the schema: restore it with the version of the app that made it';

export async function restoreDatabase(target: DatabaseTarget, file: string, tools: PgTools = {}): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  const handle = openDatabase(target.kind === 'sqlite' ? `file:${target.path}` : target.url);
  try {
    const bringUp = () => migrate(handle.db);
    await (handle.exclusively ? handle.exclusively(bringUp) : bringUp());
  } finally {
    await handle.close();
  }
  if (target.kind === 'sqlite') restoreSqlite(target.path, file);
  else await restorePostgres(target.url, file, tools);
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

function restoreSqlite(path: string, file: string) {
  const db = new SqliteDatabase(path, { fileMustExist: true, timeout: 30_000 });
  try {
    // Checked once everything is in (foreign_key_check), not row by row while tables are half filled.
    db.pragma('foreign_keys = OFF');
    db.prepare('attach database ? as backup').run(file);
    const names = (schema: string, query: string) => db.prepare(query.replace('$', schema)).pluck().all() as string[];
    // Ordinary tables only: a search index (FTS5) and its shadow tables are refilled by the triggers.
    const tablesOf = (schema: string) =>
      names(schema, "select name from pragma_table_list where schema = '$' and type = 'table' and name not like 'sqlite_%' order by name");
    const migrationsOf = (schema: string) => names(schema, 'select name from $.kysely_migration order by name');
    if (!tablesOf('backup').includes('kysely_migration')) throw new Error(`${file} is not a backup of this app's database`);
    if (JSON.stringify(migrationsOf('backup')) !== JSON.stringify(migrationsOf('main'))) throw new Error(SCHEMA_MISMATCH);
    const tables = tablesOf('main');
    db.transaction(() => {
      const live = db.prepare('select * from main.revision').get() as Record<string, number>;
      // The journal last: the triggers note the load in it, and its rows must be the backup's.
      const inOrder = [...tables.filter((table) => table !== JOURNAL), JOURNAL, 'sqlite_sequence'];
      for (const table of inOrder) {
        const columns = (db.prepare(`select name from pragma_table_info(?, 'main')`).pluck().all(table) as string[]).map(quoted).join(', ');
        db.exec(`delete from main.${quoted(table)}`);
        db.exec(`insert into main.${quoted(table)} (${columns}) select ${columns} from backup.${quoted(table)}`);
      }
      if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error('The backup breaks a foreign key: nothing was restored');
      db.prepare(`update main.revision set ${REVISION_COLUMNS.map((name) => `${name} = max(${name}, @${name}) + 1`).join(', ')}`).run(Object.fromEntries(REVISION_COLUMNS.map((name) => [name, live[name]])));
    }).immediate();
  } finally {
    db.close();
  }
}

/**
 * psql runs, in one transaction: the tables emptied, the backup's rows as pg_restore writes
 * them out (COPY), the schema compared, the foreign keys checked and the revision moved on.
 * The COMMIT is sent only once pg_restore has finished well; otherwise the session ends without it.
 */
async function restorePostgres(url: string, file: string, tools: PgTools) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client
    .query<{ name: string }>('select tablename as name from pg_tables where schemaname = current_schema() order by 1')
    .finally(() => client.end());
  const { prelude, epilogue } = restoreScript(rows.map((row) => quoted(row.name)));
  const psql = pgCommand('psql', url, tools);
  await pipeline(
    spawn(psql.command, ['--quiet', '--no-psqlrc', `--dbname=${psql.url}`], { env: psql.env, stdio: ['pipe', 'ignore', 'pipe'] }),
    spawn(pgCommand('pg_restore', url, tools).command, ['--data-only', '--no-owner', '--file=-', file], { stdio: ['ignore', 'pipe', 'pipe'] }),
    prelude,
    epilogue,
  );
}

const forEachKey = (statement: string) => `do $$ declare k record; begin for k in select * from restore_keys loop execute format(${statement}); end loop; end $$;`;

/** What psql runs before and after the backup's rows. */
function restoreScript(tables: string[]) {
  const differ = '(select name from kysely_migration except select name from restore_schema) union (select name from restore_schema except select name from kysely_migration)';
  const prelude = [
    '\\set ON_ERROR_STOP on',
    'begin;',
    'create temp table restore_live on commit drop as select * from revision;',
    'create temp table restore_schema on commit drop as select name from kysely_migration;',
    // pg_restore loads tables in its own order: the foreign keys are set aside, then checked whole.
    "create temp table restore_keys on commit drop as select conrelid::regclass::text as owner, conname as name, pg_get_constraintdef(oid) as definition from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace;",
    forEachKey("'alter table %s drop constraint %I', k.owner, k.name"),
    `truncate table ${tables.join(', ')};`,
    // The rows are the backup's as they are: no trigger notes them again (the progress journal).
    ...tables.map((table) => `alter table ${table} disable trigger user;`),
    '',
  ];
  const epilogue = [
    '',
    // pg_restore's script empties the search path.
    'reset search_path;',
    `do $$ begin if exists (${differ}) then raise exception '${SCHEMA_MISMATCH}'; end if; end $$;`,
    forEachKey("'alter table %s add constraint %I %s', k.owner, k.name, k.definition"),
    ...tables.map((table) => `alter table ${table} enable trigger user;`),
    `update revision set ${REVISION_COLUMNS.map((name) => `${name} = greatest(revision.${name}, live.${name}) + 1`).join(', ')} from restore_live live;`,
    'commit;',
    '',
  ];
  return { prelude: prelude.join('\n'), epilogue: epilogue.join('\n') };
}

type Spawned = ReturnType<typeof spawn>;

/** Feeds `prelude`, the producer's output, then (only if it exits 0) `epilogue` into the consumer. */
function pipeline(consumer: Spawned, producer: Spawned, prelude: string, epilogue: string): Promise<void> {
  const consumed = finished(consumer, 'psql');
  const produced = finished(producer, 'pg_restore');
  // When psql stops at an error, writing to it fails too: its exit code tells why.
  consumer.stdin!.on('error', () => {});
  consumer.stdin!.write(prelude);
  producer.stdout!.pipe(consumer.stdin!, { end: false });
  produced.then(
    () => consumer.stdin!.end(epilogue),
    () => consumer.stdin!.end(),
  );
  return Promise.all([produced, consumed]).then(() => undefined);
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run restore -- FILE');
  const target = databaseTarget(parseEnv().DATABASE_URL);
  await restoreDatabase(target, file);
  console.info(`Restored ${file} into ${target.kind === 'sqlite' ? target.path : 'PostgreSQL'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error('The restore failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
