import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminEnv, freePort, signIn, startServer, stopServer, TEST_ADMIN, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { MIN_BYTES } from '../../scripts/vite-precompress-plugin.ts';
import { realServerBuild } from './realServerBuild.ts';
import { recordWire } from './wire.ts';

/** Issue 12: what a coordinator's phone downloads before it can sign in. */
const FIRST_LOAD_BUDGET = 300 * 1024;

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
  let bundle: string;

  beforeAll(async () => {
    const built = await realServerBuild();
    bundle = built.bundle;
    dir = mkdtempSync(join(tmpdir(), 'e2e-server-'));
    cpSync(built.spa, join(dir, 'dist'), { recursive: true });
    env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ...adminEnv() };
    server = await startServer(bundle, dir, env);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    watch = watchPage(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`sends the first load compressed, within ${FIRST_LOAD_BUDGET / 1024} KB on the wire`, async () => {
    // A visitor with an empty cache, in a context of its own.
    const context = await browser.newContext();
    const cold = await context.newPage();
    const wire = await recordWire(cold);
    await cold.goto(`${server!.url}/`);
    // What arrived before the form could be used: the rules the form checks on sending load after it shows.
    await cold.getByRole('button', { name: 'Sign in' }).waitFor();
    await wire.stop();
    await context.close();

    const code = wire.entries.filter((entry) => /\.(js|css|html)$/.test(new URL(entry.url).pathname) || new URL(entry.url).pathname === '/');
    expect(code.length).toBeGreaterThan(1);
    // Files under a kilobyte are sent as they are: compressing them saves less than it costs.
    expect(code.filter((entry) => entry.contentEncoding !== 'br' && entry.bodyBytes >= MIN_BYTES)).toEqual([]);
    expect(code.filter((entry) => entry.contentEncoding === 'br').length).toBeGreaterThan(1);
    expect(wire.bytes()).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
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
    server = await startServer(bundle, dir, env);
    // The session is in the database: the restart does not sign anyone out.
    await page.goto(`${server.url}/#/cities/1/show`);
    await page.getByText('Kofi Restart-Proof').first().waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Kofi Restart-Proof');
  });

  it('signs out, and the old session no longer opens the app', async () => {
    // The user menu's button shows, and is named by, who is signed in.
    await page.getByRole('button', { name: 'Administrator', exact: true }).click();
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
