import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { CACHE_DIR } from './config';
import { freePort } from './processes';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** The bench's own cluster: kept between runs with its loaded datasets, started for a run and stopped after. */
const CLUSTER_DIR = join(CACHE_DIR, 'postgres');
const DATA_DIR = join(CLUSTER_DIR, 'data');

/** A PostgreSQL server the bench loads its datasets into and points the server instances at. */
export interface Postgres {
  description: string;
  urlOf(database: string): string;
  /** Its processes, when it runs on this machine as the bench's own cluster (for the CPU shares). */
  pids(): number[];
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user (as in scripts/with-postgres.sh). */
function asOwner(tool: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const result = root ? spawnSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args], { encoding: 'utf8' }) : spawnSync(join(PG_BIN, tool), args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim() };
}

function ownedByPostgres(path: string) {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (process.getuid?.() !== 0) return;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(path, uid, gid);
}

/** The postmaster and its children (backends, writer, checkpointer …), found through /proc. */
function clusterPids(): number[] {
  const postmaster = Number(readFileSync(join(DATA_DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/**
 * `BENCH_POSTGRES_URL` (a role that may create databases) when given; otherwise the bench's
 * own PostgreSQL 15 cluster in node_modules/.bench/postgres, made on first use. It runs with
 * PostgreSQL's default durability (fsync and synchronous commits on), as a production one would.
 */
export async function startPostgres(say: (message: string) => void): Promise<Postgres> {
  const given = process.env.BENCH_POSTGRES_URL;
  if (given) {
    const urlOf = (database: string) => Object.assign(new URL(given), { pathname: `/${database}` }).toString();
    return { description: `PostgreSQL at BENCH_POSTGRES_URL (${new URL(given).host})`, urlOf, pids: () => [], stop: async () => {} };
  }
  if (!existsSync(join(PG_BIN, 'postgres'))) throw new Error(`no PostgreSQL at ${PG_BIN} (install Debian's postgresql package, or set PG_BIN or BENCH_POSTGRES_URL)`);
  ownedByPostgres(CLUSTER_DIR);
  if (!existsSync(join(DATA_DIR, 'PG_VERSION'))) {
    say(`creating the bench's PostgreSQL cluster in ${DATA_DIR} …`);
    const made = asOwner('initdb', ['-D', DATA_DIR, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    if (!made.ok) throw new Error(`initdb failed: ${made.output}`);
  }
  // A run that was killed left its cluster running: stop it first.
  if (existsSync(join(DATA_DIR, 'postmaster.pid'))) asOwner('pg_ctl', ['stop', '-D', DATA_DIR, '-m', 'fast', '-w']);
  const socketDir = join(CLUSTER_DIR, 'socket');
  ownedByPostgres(socketDir);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${socketDir} -c shared_buffers=256MB`;
  const started = asOwner('pg_ctl', ['start', '-D', DATA_DIR, '-l', join(CLUSTER_DIR, 'server.log'), '-w', '-t', '60', '-o', options]);
  if (!started.ok) throw new Error(`starting PostgreSQL failed: ${started.output}\n${readFileSync(join(CLUSTER_DIR, 'server.log'), 'utf8').split('\n').slice(-10).join('\n')}`);
  const stop = () => void asOwner('pg_ctl', ['stop', '-D', DATA_DIR, '-m', 'fast', '-w']);
  // Ctrl-C ends the bench at once: the cluster goes with it rather than holding the port and data.
  const onSignal = () => {
    stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  return {
    description: `the bench's PostgreSQL 15 cluster on 127.0.0.1:${port} (${DATA_DIR})`,
    urlOf: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    pids: clusterPids,
    stop: async () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      stop();
    },
  };
}

const { Client } = pg;

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** On the server's maintenance database: creating, copying and dropping the bench's. */
export const withAdmin = <T>(server: Postgres, work: (client: pg.Client) => Promise<T>) => withClient(server.urlOf('postgres'), work);

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A fresh database for one run, copied from the loaded dataset (a file copy: seconds, where
 * loading takes a minute). The run's saves change it; it is dropped afterwards.
 */
export async function runDatabase(server: Postgres, template: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const drop = () => withAdmin(server, (admin) => admin.query(`drop database if exists ${ident(name)} with (force)`)).then(() => undefined);
  await drop();
  await withAdmin(server, (admin) => admin.query(`create database ${ident(name)} template ${ident(template)} strategy file_copy`));
  return { url: server.urlOf(name), drop };
}
