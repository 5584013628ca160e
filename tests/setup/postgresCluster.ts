import { execFile } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './serverProcess';

/** Where scripts/with-postgres.sh finds (or installs) PostgreSQL 15. */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user. */
const asOwner = (command: string, args: string[]) =>
  asRoot ? run('runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args]) : run(join(PG_BIN, command), args);

export interface PostgresCluster {
  /** The URL of `database` on this cluster (trust authentication, loopback only). */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  start(): Promise<void>;
  /** A fast shutdown: sessions are ended, as in a restart of the database. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster of a test's own (the way scripts/with-postgres.sh makes
 * one), which the test may stop and start again; durability is off.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-cluster-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(socket, { mode: 0o700 });
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const owner = Number(stdout.trim());
    chownSync(dir, owner, owner);
    chownSync(socket, owner, owner);
  }
  await asOwner('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${socket} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  let running = false;
  const cluster: PostgresCluster = {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: cluster.url('postgres') });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
    },
    async start() {
      await asOwner('pg_ctl', ['start', '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options]);
      running = true;
    },
    async stop() {
      await asOwner('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
      running = false;
    },
    async remove() {
      if (running) await asOwner('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
