import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { AuRegion, Partnership, ProgressStats } from '../../src/domain';
import { adminEnv, freePort, signIn, startServer, stopServer, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { realServerBuild } from './realServerBuild.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const COORDINATOR = { email: 'e2e.coordinator@sistercities.example', password: 'coordinator passphrase' } as const;

const pairOf = (card: Pick<Partnership, 'africanCityName' | 'usCityName'>) => `${card.africanCityName} ↔ ${card.usCityName}`;
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The figure the home's "Partnerships counted" card shows, e.g. 82 of "82 in Western Africa". */
async function countedOnHome(page: Page): Promise<number> {
  const figure = page.getByRole('region', { name: 'Partnerships counted' }).getByRole('paragraph').first();
  await figure.waitFor();
  return Number(/^[\d,]+/.exec(await figure.innerText())![0].replaceAll(',', ''));
}

/** Back home through the menu; the count shown there, once it has settled on `expected`. */
async function countAfterGoingHome(page: Page, expected: number) {
  await page.getByRole('menuitem', { name: 'Home' }).click();
  await expect.poll(() => countedOnHome(page)).toBe(expected);
}

/** A mouse drag as a person makes it: press, a few pixels to lift the card, a path of moves, release. */
async function drag(page: Page, card: Locator, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  // The press lands on the card's text, not on its link or button (those do not start a drag).
  const handle = (await card.getByText(/in this stage/).boundingBox())!;
  const drop = (await target.boundingBox())!;
  const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 12, { steps: 4 });
  await page.mouse.move(drop.x + drop.width / 2, drop.y + Math.min(drop.height / 2, 200), { steps: 25 });
  await page.mouse.up();
}

/**
 * What `npm start` gives a coordinator, in Chromium: on their home, the partnerships their region
 * counts; on the board, a card dragged (or, on a phone, moved with "Move…") from approvals to
 * signed, with its signing date asked first; back home, the count is one more.
 */
describe('a coordinator signs a partnership on the board of the real server', () => {
  let dir: string;
  let server: StartedServer | undefined;
  let browser: Browser;
  let admin: string;
  let region: AuRegion;
  const watches: PageWatch[] = [];

  /** The admin's view of the API, as a script sees it. */
  const api = async <T,>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${server!.url}/api/${path}`, {
      ...init,
      headers: { Cookie: admin, Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
    });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api/${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const listOf = (filter: object) =>
    api<Partnership[]>(`partnerships?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=["updatedAt","DESC"]&range=[0,19]`);
  /** A card the board shows first in approvals, of the initiative's cohort: signing it adds one to the count. */
  const countableCards = async (where: object) => (await listOf({ ...where, stage: 'approvals' })).filter((card) => card.cohort === '500in5');
  const progress = () => api<ProgressStats>(`stats/progress?region=${region}`);

  beforeAll(async () => {
    const { bundle, spa } = await realServerBuild();
    dir = mkdtempSync(join(tmpdir(), 'e2e-board-'));
    cpSync(spa, join(dir, 'dist'), { recursive: true });
    const env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ...adminEnv() };
    server = await startServer(bundle, dir, env);
    admin = await signIn(server.url);
    // Of the latest cards in approvals, the region with the most countable ones: two moves need two.
    const regions = (await countableCards({})).map((card) => card.region as AuRegion);
    const many = (name: AuRegion) => regions.filter((other) => other === name).length;
    region = regions.reduce((best, name) => (many(name) > many(best) ? name : best));
    if ((await countableCards({ region })).length < 2) throw new Error(`The seed has fewer than two countable cards in approvals in ${region}`);
    await api('users', { method: 'POST', body: JSON.stringify({ ...COORDINATOR, fullName: 'Efua Coordinator', role: 'coordinator', region }) });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function signedInPage(viewport: typeof DESKTOP) {
    const context = await browser.newContext({ locale: 'en-US', viewport, reducedMotion: 'reduce', hasTouch: viewport === PHONE });
    const page = await context.newPage();
    watches.push(watchPage(page, server!.url));
    await page.goto(`${server!.url}/`);
    await signInThroughPage(page, COORDINATOR);
    return page;
  }

  /** The signing date the dialog asks for: the day before the server's today, inside the window. */
  async function giveSigningDate(page: Page) {
    const dialog = page.getByRole('dialog', { name: 'Move to Signed' });
    await dialog.waitFor();
    await dialog.getByLabel('Signed on').fill(dayBefore((await progress()).asOf));
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('drags a card from approvals to signed, asks the signing date, and the home counts one more', async () => {
    const page = await signedInPage(DESKTOP);
    const before = await countedOnHome(page);
    expect(before).toBe((await progress()).counted);
    const card = (await countableCards({ region }))[0]!;

    await page.getByRole('link', { name: 'Open the board' }).click();
    const approvals = page.getByRole('region', { name: /^Approvals: / });
    const signed = page.getByRole('region', { name: /^Signed: / });
    const cardOnBoard = approvals.getByRole('article', { name: pairOf(card) });
    await cardOnBoard.waitFor();
    await drag(page, cardOnBoard, signed);
    await giveSigningDate(page);
    await signed.getByRole('article', { name: pairOf(card) }).waitFor();
    await page.getByText(`${pairOf(card)} moved to Signed`).waitFor();

    await countAfterGoingHome(page, before + 1);
    expect((await progress()).counted).toBe(before + 1);
    expect(await api<Partnership>(`partnerships/${card.id}`)).toMatchObject({ stage: 'signed', signedAt: dayBefore((await progress()).asOf) });
  });

  it('on a phone, shows one stage at a time, moves a card with "Move…", and the home counts one more', async () => {
    const page = await signedInPage(PHONE);
    const before = await countedOnHome(page);
    expect(before).toBe((await progress()).counted);
    const card = (await countableCards({ region }))[0]!;

    await page.getByRole('link', { name: 'Open the board' }).click();
    await page.getByRole('tab', { name: /^Approvals \(/ }).click();
    await page.getByRole('article', { name: pairOf(card) }).waitFor();
    expect(await page.getByRole('region', { name: /: [\d,]+ partnerships?$/ }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);

    await page.getByRole('button', { name: `Move ${pairOf(card)} to another stage` }).click();
    await page.getByRole('menuitem', { name: 'Signed' }).click();
    await giveSigningDate(page);
    await page.getByText(`${pairOf(card)} moved to Signed`).waitFor();
    await page.getByRole('tab', { name: /^Signed \(/ }).click();
    await page.getByRole('article', { name: pairOf(card) }).waitFor();

    await page.getByRole('button', { name: 'Open menu' }).click();
    await countAfterGoingHome(page, before + 1);
    expect((await progress()).counted).toBe(before + 1);
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(watches.flatMap((watch) => watch.foreignRequests)).toEqual([]);
    expect(watches.flatMap((watch) => watch.errors)).toEqual([]);
  });
});
