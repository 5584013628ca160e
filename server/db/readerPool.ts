import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Database } from './schema';

/*
 * Reads off the event loop (decision 033): a few threads, each with its own read-only
 * better-sqlite3 connection to the same WAL file, behind a Kysely instance. A read sent here
 * runs as one statement on its own snapshot of what is committed; transactions and writes
 * stay on the main connection.
 */

/** What a reader thread is started with. */
export interface ReaderSetup {
  path: string;
  busyTimeoutMs: number;
}
export interface ReaderQuery {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}
export interface ReaderResult {
  rows: unknown[];
  numAffectedRows?: bigint;
}
export type ReaderAnswer =
  | { id: number; result: ReaderResult; error?: undefined }
  | { id: number; error: { name: string; message: string; code?: string } };

interface Waiting {
  resolve: (result: QueryResult<unknown>) => void;
  reject: (error: Error) => void;
}
interface Reader {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

export interface ReaderPool {
  run(query: CompiledQuery): Promise<QueryResult<unknown>>;
  /** Ends every thread; reads still waiting fail. */
  close(): Promise<void>;
}

/** An error from a reader thread, as the main connection would have thrown it (name, code). */
function errorOf({ name, message, code }: { name: string; message: string; code?: string }): Error {
  return Object.assign(new Error(message), { name }, code === undefined ? {} : { code });
}

/**
 * Next to this module: ./sqliteReader.ts in the sources (loaded through tsx, which the
 * development server and the tests run on), ./sqliteReader.js beside the bundle.
 */
export function startReader(setup: ReaderSetup): Worker {
  const here = import.meta.url;
  const script = new URL(`./sqliteReader${extname(fileURLToPath(here))}`, here);
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: setup });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(script.href)}))`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/**
 * `size` threads at most, started when first needed (a script that never reads through the
 * pool starts none). Each read goes to the thread with the fewest waiting; a thread that
 * stops fails its waiting reads and is started anew at the next read. `startThread` is
 * injectable so that a test can stop a thread.
 */
export function openReaderPool(setup: ReaderSetup, size: number, startThread = startReader): ReaderPool {
  const readers: Reader[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): Reader => {
    const reader: Reader = { worker: startThread(setup), waiting: new Map() };
    const { worker, waiting } = reader;
    // An idle thread does not keep the process alive; one with reads waiting does.
    worker.unref();
    worker.on('message', (answer: ReaderAnswer) => {
      const entry = waiting.get(answer.id);
      if (!entry) return;
      waiting.delete(answer.id);
      if (waiting.size === 0) worker.unref();
      if (answer.error) entry.reject(errorOf(answer.error));
      else entry.resolve(answer.result as QueryResult<unknown>);
    });
    let failure: Error | undefined;
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      readers.splice(readers.indexOf(reader), 1);
      const error = new Error(`An SQLite reader thread stopped (exit code ${code})`, { cause: failure });
      for (const entry of waiting.values()) entry.reject(closed ? new Error('The SQLite readers are closed') : error);
      waiting.clear();
    });
    readers.push(reader);
    return reader;
  };

  const leastBusy = (): Reader => {
    const idlest = readers.reduce<Reader | undefined>((best, reader) => (!best || reader.waiting.size < best.waiting.size ? reader : best), undefined);
    return idlest && (idlest.waiting.size === 0 || readers.length >= size) ? idlest : start();
  };

  return {
    run({ sql, parameters }) {
      if (closed) return Promise.reject(new Error('The SQLite readers are closed'));
      const reader = leastBusy();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        reader.waiting.set(id, { resolve, reject });
        if (reader.waiting.size === 1) reader.worker.ref();
        reader.worker.postMessage({ id, sql, parameters } satisfies ReaderQuery);
      });
    },
    async close() {
      closed = true;
      await Promise.all(readers.map((reader) => reader.worker.terminate()));
    },
  };
}

/** One statement at a time on any thread: no connection is held, no transaction is possible. */
class ReaderDriver implements Driver {
  readonly #connection: DatabaseConnection;
  constructor(private readonly pool: ReaderPool) {
    this.#connection = {
      executeQuery: <R>(query: CompiledQuery) => pool.run(query) as Promise<QueryResult<R>>,
      streamQuery: () => {
        throw new Error('The SQLite readers do not stream rows');
      },
    };
  }
  async init() {}
  async acquireConnection() {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error('A transaction runs on the main connection, not on the SQLite readers');
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection() {}
  async destroy() {
    await this.pool.close();
  }
}

/** A Kysely instance whose every query runs on the pool's threads. */
export function readerDb(pool: ReaderPool): Kysely<Database> {
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ReaderDriver(pool),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
  return new Kysely<Database>({ dialect });
}
