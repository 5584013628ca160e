import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminEnv, freePort, signIn, startServer, stopServer, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, signInThroughPage, watchPage } from './browser.ts';
import { realServerBuild } from './realServerBuild.ts';

const COORDINATOR = { email: 'awa.coordinator@sistercities.example', password: 'western africa passphrase', fullName: 'Awa Ndiaye' };
const ORGANISATION = 'Ville de Thiès — service des relations extérieures';
const PAIR = 'Thiès ↔ Baltimore';

/**
 * Issue 14's front door, in Chromium against what `npm start` runs on a fresh database: a
 * visitor on a phone signs up in French on /join; the coordinator of West Africa finds the
 * inquiry, converts it with Baltimore as the partner, and the prospect is on the board.
 */
describe('the front door: a sign-up becomes a prospect', () => {
  let dir: string;
  let server: StartedServer | undefined;
  let origin: string;
  let browser: Browser;
  let admin: string;

  const api = async <T,>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${origin}/api/${path}`, {
      ...init,
      headers: { Cookie: admin, Accept: 'application/json', 'Content-Type': 'application/json' },
    });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api/${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    const { bundle, spa } = await realServerBuild();
    dir = mkdtempSync(join(tmpdir(), 'e2e-front-door-'));
    cpSync(spa, join(dir, 'dist'), { recursive: true });
    const env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, SEED: 'none', ...adminEnv() };
    server = await startServer(bundle, dir, env);
    origin = server.url;
    admin = await signIn(origin);
    // The team as an admin sets it up: West Africa's coordinator, and a US member city.
    await api('users', { method: 'POST', body: JSON.stringify({ ...COORDINATOR, role: 'coordinator', region: 'Western' }) });
    const dues = `${new Date().getUTCFullYear() + 1}-06-30`;
    await api('cities', { method: 'POST', body: JSON.stringify({ name: 'Baltimore', country: 'US', admin1: 'MD', population: 585_708, sciMember: true, duesPaidThrough: dues }) });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a visitor on a phone signs up in French, and sees a confirmation and nothing else', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, hasTouch: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.goto(`${origin}/join`);

    await page.getByRole('heading', { level: 1, name: 'Rejoindre 500 in 5' }).waitFor();
    await page.getByRole('radio', { name: 'En Afrique' }).check();
    await page.getByRole('combobox', { name: 'Ville' }).fill('Thiès');
    await page.getByRole('option', { name: /^Thiès/ }).first().click();
    await page.getByRole('textbox', { name: 'Organisation' }).fill(ORGANISATION);
    await page.getByRole('textbox', { name: 'Votre nom' }).fill('Mariama Sarr');
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill('m.sarr@thies.example');
    await page.getByRole('checkbox', { name: 'Jeunesse et éducation' }).check();
    await page.getByRole('combobox', { name: 'Région partenaire envisagée (facultatif)' }).selectOption({ label: 'Sud' });
    await page.getByRole('textbox', { name: 'Ville partenaire envisagée (facultatif)' }).fill('Baltimore');
    await page.getByRole('textbox', { name: 'Message (facultatif)' }).fill('Nos lycées aimeraient correspondre avec une ville américaine.');
    await page.getByRole('checkbox', { name: /^J’accepte/ }).check();
    await page.getByRole('button', { name: 'Envoyer' }).click();

    // The page holds the sign-up until the form has been open long enough, then confirms.
    await page.getByRole('heading', { name: 'Merci : votre demande nous est parvenue' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('textbox').count()).toBe(0);
    const body = await page.locator('body').innerText();
    expect(body).toContain('m.sarr@thies.example');
    expect(body).not.toContain('Baltimore');
    await context.close();

    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
    const apiCalls = asked.filter((call) => call.includes(' /api/'));
    expect(apiCalls.every((call) => /^(GET \/api\/join\/(start|places)|POST \/api\/join)$/.test(call))).toBe(true);
    expect(apiCalls).toContain('POST /api/join');
  });

  it("West Africa's coordinator sees the inquiry, converts it with Baltimore, and the prospect is on the board", async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page: Page = await context.newPage();
    const watch = watchPage(page, origin);
    await page.goto(`${origin}/`);
    await signInThroughPage(page, COORDINATOR);

    await page.getByRole('menuitem', { name: 'Inquiries' }).click();
    await page.getByText(ORGANISATION).first().click();
    await page.waitForURL(/#\/inquiries\/\d+\/show$/);
    await page.getByRole('button', { name: 'Convert', exact: true }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Use as partner.*Baltimore/ }).click();
    await dialog.getByRole('button', { name: 'Convert', exact: true }).click();
    await dialog.getByText('The city is in the initiative and a prospect partnership is open.').waitFor();
    await dialog.getByRole('link', { name: 'Open the partnership' }).click();
    await page.waitForURL(/#\/partnerships\/\d+\/show$/);
    const partnershipId = Number(/partnerships\/(\d+)\/show/.exec(page.url())![1]);

    await page.goto(`${origin}/#/board`);
    await page.getByRole('region', { name: /^Prospect: / }).getByRole('article', { name: PAIR }).waitFor();
    await context.close();

    const [inquiry] = await api<Array<{ status: string; partnershipId: number; cityId: number }>>(`inquiries?filter=${encodeURIComponent(JSON.stringify({ q: 'Thiès' }))}`);
    expect(inquiry).toMatchObject({ status: 'converted', partnershipId });
    const partnership = await api<{ stage: string; cohort: string; africanCityId: number; usCityName: string; focusAreas: string[] }>(`partnerships/${partnershipId}`);
    expect(partnership).toMatchObject({ stage: 'prospect', cohort: '500in5', africanCityId: inquiry!.cityId, usCityName: 'Baltimore', focusAreas: ['youth_education'] });
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
