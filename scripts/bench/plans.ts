import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { createApp } from '../../server/app';
import { ensureFirstAdmin } from '../../server/auth/firstAdmin';
import { nodePasswords } from '../../server/auth/nodeScrypt';
import type { Database } from '../../server/db/schema';
import { toIsoDate } from '../../src/domain';
import { initiativeCities } from '../gazetteer';
import { BENCH_ADMIN } from './processes';

/** One SQL statement a request ran, how long it takes alone, and how SQLite runs it. */
export interface QueryPlan {
  sql: string;
  parameters: readonly unknown[];
  /** Median of a few runs of the statement alone, in ms (null when it reads nothing: begin, commit, writes). */
  medianMs: number | null;
  plan: string[];
}

export interface RequestPlans {
  path: string;
  status: number;
  contentRange: string | null;
  /** In-process, through the real app: the first call, then the median of a few more. */
  firstMs: number;
  againMs: number;
  queries: QueryPlan[];
  error?: string;
}

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** EXPLAIN QUERY PLAN as an indented tree, the way the sqlite3 shell prints it. */
function planOf(connection: SqliteDatabase.Database, query: CompiledQuery): string[] {
  const rows = connection.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as { id: number; parent: number; detail: string }[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((row) => {
    const level = (depth.get(row.parent) ?? 0) + 1;
    depth.set(row.id, level);
    return `${'  '.repeat(level - 1)}${row.detail}`;
  });
}

/** A statement slower than this is timed once: its cost is plain, and repeats cost the bench minutes. */
const SLOW_MS = 100;

function timeAlone(connection: SqliteDatabase.Database, query: CompiledQuery): number | null {
  const statement = connection.prepare(query.sql);
  if (!statement.reader) return null;
  const runs: number[] = [];
  do {
    const started = performance.now();
    statement.all(...query.parameters);
    runs.push(performance.now() - started);
  } while (runs.length < RUNS && runs[0]! < SLOW_MS);
  return median(runs);
}

/**
 * Runs each path through the real app in this process, on a connection set up as the server
 * sets its own, records every SQL statement it ran, then times and explains each one.
 */
const passwords = nodePasswords();

export async function explainRequests(databasePath: string, paths: string[]): Promise<RequestPlans[]> {
  const connection = new SqliteDatabase(databasePath);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  let captured: CompiledQuery[] = [];
  let serverLog = '';
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: connection }),
    log: (event) => {
      captured.push(event.query);
    },
  });
  const app = createApp({
    handle: { db, dialect: 'sqlite' },
    passwords,
    now: () => new Date().toISOString(),
    today: () => toIsoDate(new Date()),
    gazetteer: initiativeCities(),
    // A failing request answers only 'app.error.server': keep what the server would have logged.
    log: (message, error) => {
      serverLog = `${message}: ${error instanceof Error ? error.message : String(error)}`;
    },
  });
  const results: RequestPlans[] = [];
  try {
    const headers = await signedInHeaders(db, app);
    for (const path of paths) {
      serverLog = '';
      const result = await explainOne(connection, app, path, headers, () => captured, () => (captured = []));
      results.push(serverLog ? { ...result, error: `${result.error ?? ''} ${serverLog}`.trim() } : result);
    }
  } finally {
    await db.destroy();
  }
  return results;
}

/**
 * Every /api route needs a session (decision 011): the bench's admin, made the first admin here
 * as the server would at its start (the server then finds it and changes nothing), signs in once.
 * The session look-up is part of every request, so its SQL is explained with the rest.
 */
async function signedInHeaders(db: Kysely<Database>, app: ReturnType<typeof createApp>): Promise<Record<string, string>> {
  await ensureFirstAdmin({ db, dialect: 'sqlite' }, { ...BENCH_ADMIN, now: new Date().toISOString(), passwords, tell: () => {} });
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const cookie = /(?:^|,\s*)(sid=[^;,]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!response.ok || !cookie) throw new Error(`signing in in process failed: HTTP ${response.status} ${await response.text()}`);
  return { Cookie: cookie };
}

async function explainOne(
  connection: SqliteDatabase.Database,
  app: ReturnType<typeof createApp>,
  path: string,
  headers: Record<string, string>,
  capturedNow: () => CompiledQuery[],
  resetCapture: () => void,
): Promise<RequestPlans> {
  resetCapture();
  let started = performance.now();
  const response = await app.request(path, { headers });
  const body = await response.text();
  const firstMs = performance.now() - started;
  const queries = capturedNow();
  const again: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    started = performance.now();
    await (await app.request(path, { headers })).text();
    again.push(performance.now() - started);
  }
  const unique = [...new Map(queries.map((query) => [`${query.sql}|${JSON.stringify(query.parameters)}`, query])).values()];
  return {
    path,
    status: response.status,
    contentRange: response.headers.get('content-range'),
    firstMs,
    againMs: median(again),
    queries: unique.map((query) => {
      const medianMs = timeAlone(connection, query);
      return { sql: query.sql, parameters: query.parameters, medianMs, plan: medianMs === null ? [] : planOf(connection, query) };
    }),
    ...(response.ok ? {} : { error: body.slice(0, 300) }),
  };
}
