import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort, startServer, stopServer, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, watchPage, type PageWatch } from './browser.ts';
import { productionBuild } from './productionBuild.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'node_modules/.e2e/server/index.js');
const SPA = join(ROOT, 'node_modules/.e2e/dist-server-spa');

/**
 * What `npm start` gives a person: the production SPA on the real server and its SQLite file,
 * driven in Chromium — and a change that survives the server's restart.
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
    env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}` };
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

  it('shows the seeded pipeline on the dashboard', async () => {
    await page.goto(`${server!.url}/`);
    await page.locator('.recharts-wrapper').first().waitFor();
    const counted = (await (await fetch(`${server!.url}/api/stats/progress`)).json()) as { counted: number };
    expect(await page.getByRole('main').innerText()).toContain(String(counted.counted));
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
    await page.goto(`${server.url}/#/cities/1/show`);
    await page.getByText('Kofi Restart-Proof').first().waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Kofi Restart-Proof');
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
