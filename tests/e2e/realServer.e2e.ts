import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminEnv, freePort, signIn, startServer, stopServer, TEST_ADMIN, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { productionBuild } from './productionBuild.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'node_modules/.e2e/server/index.js');
const SPA = join(ROOT, 'node_modules/.e2e/dist-server-spa');

/**
 * What `npm start` gives a person: the production SPA on the real server and its SQLite file,
 * driven in Chromium — signed in through the sign-in page as the first admin (ADMIN_EMAIL /
 * ADMIN_PASSWORD), and a change and the session that survive the server's restart.
 */
describe('the app on the real server', () => {
  let dir: string;
  let env: Record<string, string>;
  let server: StartedServer | undefined;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await productionBuild({ root: ROOT, build: { outDir: SPA, emptyOutDir: true, sourcemap: false } });
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-server.ts', `--outfile=${BUNDLE}`], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'e2e-server-'));
    cpSync(SPA, join(dir, 'dist'), { recursive: true });
    env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ...adminEnv() };
    server = await startServer(BUNDLE, dir, env);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    watch = watchPage(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks who you are before anything else, and the API answers nothing without a session', async () => {
    await page.goto(`${server!.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const anonymous = await fetch(`${server!.url}/api/stats/progress`);
    expect({ status: anonymous.status, body: await anonymous.json() }).toEqual({ status: 401, body: { message: 'app.auth.required' } });
  });

  it('refuses a wrong password on the sign-in page', async () => {
    await page.getByRole('textbox', { name: 'Email' }).fill(TEST_ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('not the admin password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /password/i }).first();
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Wrong email or password');
  });

  it('signs the first admin in and shows the seeded pipeline on the dashboard', async () => {
    await page.goto(`${server!.url}/`);
    await signInThroughPage(page, TEST_ADMIN);
    await page.locator('.recharts-wrapper').first().waitFor();
    const stats = await fetch(`${server!.url}/api/stats/progress`, { headers: { Cookie: await signIn(server!.url) } });
    const counted = ((await stats.json()) as { counted: number }).counted;
    expect(await page.getByRole('main').innerText()).toContain(String(counted));
  });

  it('sends the security headers and a CSP without inline scripts', async () => {
    const response = await fetch(`${server!.url}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keeps an edit across a restart of the server', async () => {
    await page.goto(`${server!.url}/#/cities/1`);
    const leader = page.getByRole('textbox', { name: 'Leader', exact: true });
    await leader.waitFor();
    await leader.fill('Kofi Restart-Proof');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/cities\/1\/show/);
    await page.getByText('Kofi Restart-Proof').first().waitFor();

    expect(await stopServer(server!)).toBe(0);
    server = await startServer(BUNDLE, dir, env);
    // The session is in the database: the restart does not sign anyone out.
    await page.goto(`${server.url}/#/cities/1/show`);
    await page.getByText('Kofi Restart-Proof').first().waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Kofi Restart-Proof');
  });

  it('signs out, and the old session no longer opens the app', async () => {
    await page.getByRole('button', { name: /profile|account|user/i }).first().click();
    await page.getByRole('menuitem', { name: /sign out|log ?out/i }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.goto(`${server!.url}/#/cities`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
