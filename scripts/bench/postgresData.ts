import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { migrate } from '../../server/db/database';
import { openDatabase } from '../../server/db/client';
import { finished, pgCommand } from '../backup';
import type { Dataset } from './dataset';
import { ident, PG_BIN, withAdmin, withClient, type Postgres } from './postgres';

/** What the generator writes (scripts/bench/dataset.ts), parents first; the rest comes from the migrations and the triggers. */
const GENERATED_TABLES = ['users', 'cities', 'partnerships', 'partnershipFocusAreas', 'stageHistory'];

/** A value as PostgreSQL's CSV reads it: unquoted empty is NULL, so text is quoted whenever it could be misread. */
function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = String(value);
  return text === '' || /[",\r\n\\]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The name of the loaded dataset in PostgreSQL: the SQLite file's, whose hash covers the
 * generator, the migrations and the seed, so a change to any of them loads it again.
 */
/** Moves when the way a load is made changes (2: vacuumed after the COPY), so older loads are made again. */
const LOAD_RECIPE = 2;
export const templateNameOf = (dataset: Dataset) => `bench_${basename(dataset.sqlitePath, '.sqlite').replace(/^partnerships-/, '').replace(/-/g, '_')}r${LOAD_RECIPE}`;

/**
 * The generated dataset in a database of its own, loaded once and kept: the server's
 * migrations make the schema, then psql COPYs the generated tables in from the SQLite file,
 * in one transaction, with the triggers on (as the generator ran them on SQLite).
 */
export async function postgresDatasetOf(server: Postgres, dataset: Dataset, say: (message: string) => void): Promise<string> {
  const name = templateNameOf(dataset);
  const prefix = name.slice(0, name.lastIndexOf('_') + 1);
  const existing = await withAdmin(server, async (admin) => (await admin.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix])).rows.map((row) => row.datname));
  if (existing.includes(name)) {
    say(`using the loaded ${name} in PostgreSQL`);
    return name;
  }
  const partial = `${name}_part`;
  await withAdmin(server, async (admin) => {
    // Older loads of the same size (and a load that was cut short) are hundreds of megabytes each.
    for (const stale of existing) await admin.query(`drop database ${ident(stale)} with (force)`);
    await admin.query(`create database ${ident(partial)}`);
  });
  say(`loading ${dataset.size.toLocaleString('en-US')} partnerships into PostgreSQL (${name}) …`);
  const started = performance.now();
  const handle = openDatabase(server.urlOf(partial));
  try {
    await migrate(handle.db);
  } finally {
    await handle.close();
  }
  await copyTables(server.urlOf(partial), dataset.sqlitePath);
  const count = await withClient(server.urlOf(partial), async (client) => Number((await client.query('select count(*) as n from partnerships')).rows[0].n));
  if (count !== dataset.size) throw new Error(`PostgreSQL holds ${count} partnerships after the load, not ${dataset.size}`);
  await withAdmin(server, (admin) => admin.query(`alter database ${ident(partial)} rename to ${ident(name)}`));
  say(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return name;
}

/** The columns both databases have; a generated column PostgreSQL lacks would be lost, so it is an error. */
async function columnsToCopy(url: string, sqlite: SqliteDatabase.Database, table: string): Promise<string[]> {
  const inSqlite = sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[];
  const inPostgres = new Set(
    await withClient(url, async (client) =>
      (await client.query<{ name: string }>('select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = $1 and is_generated = $2', [table, 'NEVER'])).rows.map((row) => row.name),
    ),
  );
  const missing = inSqlite.filter((column) => !inPostgres.has(column));
  if (missing.length) throw new Error(`PostgreSQL's ${table} has no ${missing.join(', ')}: the migrations differ between the databases`);
  return inSqlite;
}

/** Waits when psql reads slower than the rows come. */
const write = (stream: NodeJS.WritableStream, text: string) => (stream.write(text) ? Promise.resolve() : new Promise<void>((resume) => stream.once('drain', () => resume())));

async function copyTables(url: string, sqlitePath: string) {
  const psql = pgCommand('psql', url, existsSync(join(PG_BIN, 'psql')) ? { pgBin: PG_BIN } : {});
  const child = spawn(psql.command, ['--quiet', '--no-psqlrc', '--set=ON_ERROR_STOP=1', `--dbname=${psql.url}`], { env: psql.env, stdio: ['pipe', 'ignore', 'pipe'] });
  const done = finished(child, 'psql');
  // When psql stops at an error, writing to it fails too: its exit code tells why.
  child.stdin.on('error', () => {});
  const sqlite = new SqliteDatabase(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    await write(child.stdin, 'begin;\n');
    for (const table of GENERATED_TABLES) {
      const columns = await columnsToCopy(url, sqlite, table);
      await write(child.stdin, `copy ${ident(table)} (${columns.map(ident).join(', ')}) from stdin with (format csv);\n`);
      let chunk = '';
      for (const row of sqlite.prepare(`select ${columns.map(ident).join(', ')} from ${ident(table)} order by rowid`).raw().iterate() as Iterable<unknown[]>) {
        chunk += `${row.map(csvValue).join(',')}\n`;
        if (chunk.length > CHUNK_CHARS) {
          await write(child.stdin, chunk);
          chunk = '';
        }
      }
      await write(child.stdin, `${chunk}\\.\n`);
    }
    await write(child.stdin, `${AFTER_COPY}\n`);
  } finally {
    sqlite.close();
    child.stdin.end();
  }
  await done;
}

const CHUNK_CHARS = 1 << 20;

/**
 * As the generator does on SQLite: what the triggers noted is dropped (the server counts the
 * figures afresh at its first read); the id sequences move past the copied ids; fresh statistics
 * and the visibility map autovacuum would have written, so counts can read the indexes alone.
 */
const AFTER_COPY = `
delete from "progressJournal";
do $$ declare t text; begin
  for t in select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'id' and column_default like 'nextval%' loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), coalesce((select max(id) from %I), 0) + 1, false)', quote_ident(t), t);
  end loop;
end $$;
commit;
vacuum analyze;`;
