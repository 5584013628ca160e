import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { migrate } from '../../server/db/database';
import { openDatabase } from '../../server/db/client';
import { createRandom } from '../../src/domain/seed/random';
import { seedCities } from '../../src/domain/seed/cities';
import { seedUsers } from '../../src/domain/seed/users';
import { DIRECTORY_LIST_SPECS, LIST_SPECS, textKeysOf, type City } from '../../src/domain';
import { initiativeCities } from '../gazetteer';
import { CACHE_DIR, DATA_SEED, DATA_TODAY } from './config';
import { partnershipGenerator, type GeneratedPartnership } from './partnerships';

export interface Dataset {
  size: number;
  /** The SQLite file the server opens (copy it first: the server may write to it). */
  sqlitePath: string;
  /** `{ "partnerships": [...] }` for json-server, the same partnerships as the API shows them. */
  jsonPath: string;
  generatedSeconds: number | null;
}

/** What the data depends on: a change to any of these files (or to the seed or day) makes a new cache entry. */
const SOURCES = [
  'scripts/bench/dataset.ts',
  'scripts/bench/partnerships.ts',
  'scripts/bench/cityPairs.ts',
  'scripts/bench/days.ts',
  'scripts/gazetteer.ts',
  'src/domain/seed/cities.ts',
  'src/domain/seed/users.ts',
  'server/db/migrations',
  'server/resources/partnerships/rows.ts',
  'src/domain/text.ts',
];

function sourceHash(): string {
  const hash = createHash('sha1').update(`${DATA_SEED}|${DATA_TODAY}`);
  for (const source of SOURCES) {
    const path = resolve(source);
    const files = source.endsWith('.ts') ? [path] : readdirSync(path).sort().map((file) => join(path, file));
    for (const file of files) hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 10);
}

/** The cached dataset of that size, generated first when it is missing or out of date. */
export async function datasetOf(size: number, progress: (message: string) => void): Promise<Dataset> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const base = `partnerships-${size}-${sourceHash()}`;
  const dataset = { size, sqlitePath: join(CACHE_DIR, `${base}.sqlite`), jsonPath: join(CACHE_DIR, `${base}.json`) };
  if (existsSync(dataset.sqlitePath) && existsSync(dataset.jsonPath)) {
    progress(`using cached ${base}`);
    return { ...dataset, generatedSeconds: null };
  }
  removeStale(size);
  progress(`generating ${size.toLocaleString('en-US')} partnerships into ${base}.sqlite and .json …`);
  const started = performance.now();
  await generate(size, `${dataset.sqlitePath}.part`, `${dataset.jsonPath}.part`, progress);
  renameSync(`${dataset.sqlitePath}.part`, dataset.sqlitePath);
  renameSync(`${dataset.jsonPath}.part`, dataset.jsonPath);
  const generatedSeconds = (performance.now() - started) / 1000;
  progress(`generated in ${generatedSeconds.toFixed(1)} s`);
  return { ...dataset, generatedSeconds };
}

/** Older generations of the same size are hundreds of megabytes each: drop them. */
function removeStale(size: number) {
  for (const file of readdirSync(CACHE_DIR)) {
    if (file.startsWith(`partnerships-${size}-`)) rmSync(join(CACHE_DIR, file), { force: true });
  }
}

async function generate(size: number, sqlitePath: string, jsonPath: string, progress: (message: string) => void) {
  rmSync(sqlitePath, { force: true });
  // The schema comes from the server's own migrations, through its own client.
  const handle = openDatabase(`file:${sqlitePath}`);
  await migrate(handle.db);
  await handle.close();

  const connection = new SqliteDatabase(sqlitePath);
  // Bulk load: nothing to protect until the file is complete (it is renamed only then).
  connection.pragma('journal_mode = DELETE');
  connection.pragma('synchronous = OFF');
  connection.pragma('cache_size = -400000');
  connection.pragma('foreign_keys = ON');
  const random = createRandom(DATA_SEED);
  const users = seedUsers();
  const cities = seedCities(random, initiativeCities(), DATA_TODAY);
  const json = openSync(jsonPath, 'w');
  try {
    connection.transaction(() => {
      insertUsersAndCities(connection, users, cities);
      insertPartnerships(connection, json, size, partnershipGenerator(random, cities, users, DATA_TODAY), progress);
      // A bulk load, as the seed's: the server counts the figures afresh at its first read, so what the triggers noted is moot.
      connection.exec('delete from progressJournal');
    })();
  } finally {
    closeSync(json);
    connection.close();
  }
}

function insertUsersAndCities(connection: SqliteDatabase.Database, users: ReturnType<typeof seedUsers>, cities: City[]) {
  const insertUser = connection.prepare(
    `insert into users (id, email, fullName, role, region, disabled, passwordHash, version, createdAt, updatedAt, emailKey, fullNameKey)
     values (@id, @email, @fullName, @role, @region, 0, null, 1, @at, @at, @emailKey, @fullNameKey)`,
  );
  for (const user of users) insertUser.run({ ...user, ...textKeysOf(DIRECTORY_LIST_SPECS.users, user), at: '2023-02-27T09:00:00.000Z' });
  const rows = cities.map((city) => ({ ...city, ...textKeysOf(LIST_SPECS.cities, city), languages: JSON.stringify(city.languages), sciMember: city.sciMember ? 1 : 0 }));
  const columns = Object.keys(rows[0]!);
  const insertCity = connection.prepare(`insert into cities (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  for (const row of rows) insertCity.run(row);
}

const FLUSH_BYTES = 1 << 20;

function insertPartnerships(
  connection: SqliteDatabase.Database,
  json: number,
  size: number,
  next: (id: number) => GeneratedPartnership,
  progress: (message: string) => void,
) {
  const sample = next(1);
  const columns = Object.keys(sample.row);
  const insertPartnership = connection.prepare(
    `insert into partnerships (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const insertFocusArea = connection.prepare('insert into partnershipFocusAreas (partnershipId, focusArea) values (?, ?)');
  const insertHistory = connection.prepare(
    'insert into stageHistory (partnershipId, stage, at, by, byName, note) values (@partnershipId, @stage, @at, @by, @byName, @note)',
  );
  let buffer = '{"partnerships":[\n';
  for (let id = 1; id <= size; id++) {
    const generated = id === 1 ? sample : next(id);
    insertPartnership.run(generated.row);
    for (const area of generated.focusAreas) insertFocusArea.run(id, area);
    insertHistory.run({ partnershipId: id, ...generated.history });
    buffer += (id > 1 ? ',\n' : '') + JSON.stringify(asApiRecord(generated));
    if (buffer.length > FLUSH_BYTES) {
      writeSync(json, buffer);
      buffer = '';
    }
    if (id % 100_000 === 0) progress(`  ${id.toLocaleString('en-US')} rows`);
  }
  writeSync(json, `${buffer}\n]}\n`);
}

/** The partnership as the API shows it (derived fields as of the data's day), for json-server. */
function asApiRecord({ row, focusAreas, history }: GeneratedPartnership) {
  const { isOpen: _isOpen, stalledAfter, focusAreas: _json, ...columns } = row;
  // The folded keys are the server's columns, not fields of the record.
  const fields = Object.fromEntries(Object.entries(columns).filter(([name]) => !name.endsWith('Key')));
  return {
    ...fields,
    focusAreas,
    stalled: stalledAfter !== null && DATA_TODAY > stalledAfter,
    stageHistory: [{ stage: history.stage, at: history.at, by: history.by, byName: history.byName, note: history.note }],
  };
}
