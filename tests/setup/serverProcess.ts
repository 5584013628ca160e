import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port the kernel just handed out and released. */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

export interface StartedServer {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** `node <bundle>` as `npm start` runs it, in `cwd`; resolves once it says where it listens. */
export function startServer(bundle: string, cwd: string, env: Record<string, string>): Promise<StartedServer> {
  const child = spawn(process.execPath, [bundle], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /on (http:\/\/\S+),/.exec(output)?.[1];
      if (url) done({ url, child, output: () => output });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`The server exited with ${code} before listening:\n${output}`)));
  });
}

/** SIGTERM, then the exit code. */
export function stopServer({ child }: StartedServer): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

/** The first admin a test server starts with (ADMIN_EMAIL / ADMIN_PASSWORD, decision 011). */
export const TEST_ADMIN = { email: 'e2e.admin@sistercities.example', password: 'e2e admin passphrase' } as const;
export const adminEnv = () => ({ ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password });

/**
 * Signs in through POST /api/auth/login as a script does (JSON, no Origin) and answers the
 * `sid=…` cookie to send with later requests.
 */
export async function signIn(url: string, { email, password }: { email: string; password: string } = TEST_ADMIN): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = /(?:^|,\s*)(sid=[^;,]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (response.status !== 200 || !cookie) throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
  return cookie;
}
