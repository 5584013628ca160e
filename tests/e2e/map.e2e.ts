import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PartnershipMap } from '../../src/domain';
import { adminEnv, freePort, signIn, startServer, stopServer, TEST_ADMIN, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { realServerBuild } from './realServerBuild.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * The partnership map (decision 029) as `npm start` serves it, in Chromium: it draws the demo's
 * partnerships from the real server, at 1440 px and at 390 × 844 without widening the page, and
 * asks nothing of any other origin (the borders come with the page, no tile server).
 */
describe('the partnership map on the real server', () => {
  let dir: string;
  let server: StartedServer | undefined;
  let browser: Browser;
  let map: PartnershipMap;
  const watches: PageWatch[] = [];

  beforeAll(async () => {
    const { bundle, spa } = await realServerBuild();
    dir = mkdtempSync(join(tmpdir(), 'e2e-map-'));
    cpSync(spa, join(dir, 'dist'), { recursive: true });
    const env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ...adminEnv() };
    server = await startServer(bundle, dir, env);
    const response = await fetch(`${server.url}/api/stats/map?filter=%7B%7D`, { headers: { Cookie: await signIn(server.url), Accept: 'application/json' } });
    map = (await response.json()) as PartnershipMap;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function mapPage(viewport: typeof DESKTOP) {
    const context = await browser.newContext({ locale: 'en-US', viewport, reducedMotion: 'reduce', hasTouch: viewport === PHONE });
    const page = await context.newPage();
    watches.push(watchPage(page, server!.url));
    await page.goto(`${server!.url}/`);
    await signInThroughPage(page, TEST_ADMIN);
    await page.goto(`${server!.url}/#/map`);
    return page;
  }

  /** The arcs the server's answer can draw: both cities placed. */
  const drawable = () => map.arcs.filter((arc) => arc[4] !== null && arc[5] !== null && arc[7] !== null && arc[8] !== null).length;

  it('draws an arc for each partnership the server answers with, and the same partnerships in the table', async () => {
    expect(drawable()).toBeGreaterThan(0);
    const page = await mapPage(DESKTOP);
    const figure = page.getByRole('figure');
    await expect.poll(() => figure.getByRole('link').count()).toBe(drawable());
    expect(await page.getByRole('table', { name: 'Partnerships per AU region' }).getByRole('row').count()).toBe(6);
    await page.getByText(`1-25 of ${map.arcs.length}`).waitFor();
    expect(await page.getByText(/^Showing [\d,]+ of [\d,]+ partnerships\.$/).count()).toBe(map.total > map.arcs.length ? 1 : 0);
  });

  it('fits a phone of 390 × 844 without scrolling sideways', async () => {
    const page = await mapPage(PHONE);
    await expect.poll(() => page.getByRole('figure').getByRole('link').count()).toBe(drawable());
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(watches.flatMap((watch) => watch.foreignRequests)).toEqual([]);
    expect(watches.flatMap((watch) => watch.errors)).toEqual([]);
  });
});
