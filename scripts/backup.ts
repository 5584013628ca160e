/**
 * A backup of the server's database, taken while it serves:
 *
 *   npm run backup                  → backups/500in5-<UTC time>.sqlite (or .pgdump)
 *   npm run backup -- FILE          → FILE
 *
 * The database is the server's (DATABASE_URL, as server/env.ts reads it): SQLite's online
 * backup API for the embedded file, pg_dump (custom format) for PostgreSQL. The file appears
 * under its name only once complete. PostgreSQL's tools come from PG_BIN, else the PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { databaseTarget, type DatabaseTarget } from '../server/db/client';
import { parseEnv } from '../server/env';

export interface PgTools {
  /** The directory of pg_dump, pg_restore and psql; unset: PG_BIN, else the PATH. */
  pgBin?: string;
}

/** A PostgreSQL tool's path, and a URL without its password, which goes in PGPASSWORD instead (not in the process list). */
export function pgCommand(tool: string, url: string, { pgBin = process.env.PG_BIN }: PgTools = {}) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return { command: pgBin ? join(pgBin, tool) : tool, url: parsed.toString(), env };
}

/** Resolves when the child ends well; rejects with what it wrote on stderr otherwise. */
export function finished(child: ChildProcess, name: string): Promise<void> {
  return new Promise((done, fail) => {
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', fail);
    // 'close', not 'exit': only then has all its output been read (and passed on).
    child.once('close', (code) => (code === 0 ? done() : fail(new Error(`${name} exited with ${code}: ${errors.trim()}`))));
  });
}

export function defaultBackupFile(target: DatabaseTarget, at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return join('backups', `500in5-${stamp}.${target.kind === 'sqlite' ? 'sqlite' : 'pgdump'}`);
}

export async function backupDatabase(target: DatabaseTarget, file: string, tools: PgTools = {}): Promise<void> {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    if (target.kind === 'sqlite') {
      const source = new SqliteDatabase(target.path, { fileMustExist: true });
      try {
        await source.backup(partial);
      } finally {
        source.close();
      }
    } else {
      const { command, url, env } = pgCommand('pg_dump', target.url, tools);
      const args = ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${url}`];
      await finished(spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] }), 'pg_dump');
    }
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

async function main() {
  const target = databaseTarget(parseEnv().DATABASE_URL);
  const file = process.argv[2] ?? defaultBackupFile(target);
  await backupDatabase(target, file);
  console.info(`Backed up ${target.kind === 'sqlite' ? target.path : 'PostgreSQL'} to ${file}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error('The backup failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
