import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { CACHE_DIR } from './config';

/** A server under test, started as a child process listening on 127.0.0.1. */
export interface ChildServer {
  name: string;
  pid: number;
  origin: string;
  command: string;
  logPath: string;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number | null;
  /** SIGTERM, then waits; SIGKILL after `graceMs`. Says how it ended. */
  stop(graceMs?: number): Promise<string>;
}

/** A port nothing listens on right now (asked of the kernel, on loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

const exitOf = (child: ChildProcess) =>
  new Promise<string>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit(`exited (${child.exitCode ?? child.signalCode})`);
    else child.once('exit', (code, signal) => resolveExit(`exited (${code ?? signal})`));
  });

/** Polls until the child answers HTTP at all (any status), or fails if it dies or takes too long. */
async function waitUntilAnswering(child: ChildProcess, url: string, timeoutMs: number, logPath: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${url} exited before answering (${child.exitCode ?? child.signalCode}); log:\n${tail(logPath)}`);
    }
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(2000) })).arrayBuffer();
      return;
    } catch {
      await new Promise((wake) => setTimeout(wake, 200));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; log:\n${tail(logPath)}`);
}

export const tail = (path: string, lines = 15) =>
  existsSync(path) ? readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';

interface Launch {
  name: string;
  args: string[];
  env: Record<string, string>;
  port: number;
  readyPath: string;
  logPath: string;
  startTimeoutMs: number;
  /** Where it runs: the server serves the SPA built into `<cwd>/dist`, when there is one. */
  cwd?: string;
}

async function launch({ name, args, env, port, readyPath, logPath, startTimeoutMs, cwd }: Launch): Promise<ChildServer> {
  const log = openSync(logPath, 'w');
  // Plain `node`, no wrapper process: the pid is the server's own, so /proc tells its memory.
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  closeSync(log);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(child, `${origin}${readyPath}`, startTimeoutMs, logPath);
  const exited = exitOf(child);
  return {
    name,
    pid: child.pid!,
    origin,
    command: `node ${args.join(' ')}`,
    logPath,
    peakRssMb: () => {
      const kb = statusKb(child.pid!, 'VmHWM');
      return kb === null ? null : kb / 1024;
    },
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = new Promise<string>((wake) => setTimeout(() => wake('timeout'), graceMs));
      const outcome = await Promise.race([exited, timer]);
      if (outcome !== 'timeout') return `${outcome} after SIGTERM`;
      child.kill('SIGKILL');
      return `did not exit within ${graceMs / 1000} s of SIGTERM: killed`;
    },
  };
}

/**
 * What `npm start` runs: the bundle, when it is as new as its sources. A stale or missing
 * bundle is rebuilt into the bench's cache (not over dist-server/, which the build owns);
 * without the build script, the TypeScript entry runs through tsx.
 */
async function serverEntry(say: (message: string) => void): Promise<string[]> {
  const bundle = resolve('dist-server/index.js');
  const builder = (await import('../build-server.ts').catch(() => null)) as typeof import('../build-server.ts') | null;
  if (!builder) return existsSync(bundle) ? [bundle] : ['--import', 'tsx', resolve('server/index.ts')];
  if (!builder.bundleIsStale(bundle)) return [bundle];
  const own = join(CACHE_DIR, 'dist-server/index.js');
  if (builder.bundleIsStale(own)) {
    say(`dist-server/index.js is ${existsSync(bundle) ? 'older than its sources' : 'missing'}: bundling the server into ${own}`);
    await builder.buildServer(own);
  }
  return [own];
}

/**
 * The bench's admin: the server makes it the first admin of the bench database (no seeded user
 * has a password), and the bench signs in as it, since every /api route needs a session.
 */
export const BENCH_ADMIN = { email: 'bench.admin@sistercities.example', password: 'bench admin passphrase' } as const;

/** `database`: a SQLite file, or a postgres:// URL (several instances may share it). */
export async function startServer(
  database: string,
  port: number,
  logPath: string,
  say: (message: string) => void,
  cwd?: string,
): Promise<ChildServer> {
  return launch({
    name: 'server',
    args: await serverEntry(say),
    env: {
      PORT: String(port),
      DATABASE_URL: /^postgres(ql)?:\/\//.test(database) ? database : `file:${database}`,
      SEED: 'none',
      NODE_ENV: 'production',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
    },
    port,
    readyPath: '/api/__bench_ready',
    logPath,
    startTimeoutMs: 60_000,
    cwd,
  });
}

/** json-server 0.17's own CLI, as its README runs it, on loopback. */
export function startJsonServer(jsonPath: string, port: number, logPath: string): Promise<ChildServer> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('json-server/package.json');
  const { bin } = require(packageJson) as { bin: string | Record<string, string> };
  const script = typeof bin === 'string' ? bin : bin['json-server']!;
  return launch({
    name: 'json-server',
    args: [join(dirname(packageJson), script), '--port', String(port), '--host', '127.0.0.1', '--quiet', jsonPath],
    env: {},
    port,
    readyPath: '/__bench_ready',
    logPath,
    startTimeoutMs: 180_000,
  });
}

/**
 * POST /api/auth/login as a script does (JSON, no Origin): the `Cookie` header to send with
 * every measured request. One sign-in per run, outside the measurements.
 */
export async function signIn(origin: string, credentials: { email: string; password: string } = BENCH_ADMIN): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(credentials),
  });
  const cookie = /(?:^|,\s*)(sid=[^;,]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!response.ok || !cookie) throw new Error(`signing in to ${origin} as ${credentials.email} failed: HTTP ${response.status} ${await response.text()}`);
  return { Cookie: cookie };
}
