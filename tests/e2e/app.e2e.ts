import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { serveMockBuild } from './server.ts';

/** A demo account of the mock mode (src/domain/seed/users.ts, the password of src/mocks/auth.ts). */
export const DEMO_STAFF = { email: 'marcus.ellison@sistercities.example', password: 'sister-cities-demo' } as const;

/**
 * The mock-mode production bundle in a real Chromium: what a person sees, signed in with a
 * demo account, with the page's own network and console watched throughout.
 */
describe('the app in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let site: Awaited<ReturnType<typeof serveMockBuild>>;

  beforeAll(async () => {
    site = await serveMockBuild();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    watch = watchPage(page, site.url);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens on the sign-in page', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Email' }).isVisible()).toBe(true);
    // The mock build lists its demo accounts (loaded after the form) with their password.
    await page.getByText('Every demo account uses the password sister-cities-demo').waitFor();
    expect(await page.getByText('marcus.ellison@sistercities.example').isVisible()).toBe(true);
  });

  it('signs a demo account in, lands on their work, and opens the progress dashboard', async () => {
    await signInThroughPage(page, DEMO_STAFF);
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    await page.getByRole('menuitem', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: /500/ }).first().waitFor();
    await page.locator('.recharts-wrapper').first().waitFor();
    expect(await page.locator('.recharts-wrapper').count()).toBeGreaterThanOrEqual(3);
  });

  it('lists partnerships, searches them and opens one', async () => {
    await page.getByRole('menuitem', { name: 'Partnerships' }).click();
    await page.waitForURL(/#\/partnerships$/);
    const rows = page.locator('table.RaDataTable-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    // The African city's cell (the first cell is the row's selection box).
    const firstCity = (await rows.first().locator('td.column-africanCityName').innerText()).trim();
    expect(firstCity.length).toBeGreaterThan(1);
    await page.getByRole('textbox', { name: 'Search' }).fill(firstCity);
    await expect
      .poll(async () => {
        const texts = await rows.allInnerTexts();
        return texts.length > 0 && texts.length < 25 && texts.every((text) => text.includes(firstCity));
      })
      .toBe(true);
    await rows.first().click();
    await page.waitForURL(/#\/partnerships\/\d+\/show/);
    await page.getByText(/stage history/i).first().waitFor();
  });

  it('saves an edit and shows it', async () => {
    await page.goto(`${site.url}/#/cities/1`);
    const leader = page.getByRole('textbox', { name: 'Leader', exact: true });
    await leader.waitFor();
    await leader.fill('Ama Mensah-Boateng');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/cities\/1\/show/);
    await page.getByText('Ama Mensah-Boateng').first().waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Ama Mensah-Boateng');
  });

  it('signs a partnership, shows the move in its history, and counts it on the dashboard', async () => {
    // The progress chart's spoken summary: the count as leadership reads it.
    const chart = page.getByRole('img', { name: /of 500 partnerships counted so far/ });
    const countedNow = async () => Number(/([\d,]+) of 500/.exec((await chart.getAttribute('aria-label'))!)![1]!.replace(/,/g, ''));
    const countedSoFar = async () => {
      await page.goto(`${site.url}/#/progress`);
      await chart.waitFor();
      return countedNow();
    };
    const before = await countedSoFar();
    // A partnership of the initiative waiting for approvals, as the page's own API lists it.
    const [waiting] = await page.evaluate(() =>
      fetch(`/api/partnerships?${new URLSearchParams({ filter: JSON.stringify({ stage: 'approvals', cohort: '500in5' }), range: '[0,0]' })}`).then((r) => r.json()),
    );
    await page.goto(`${site.url}/#/partnerships/${waiting.id}`);
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Signed', exact: true }).click();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Signed on').fill(today);
    await page.getByRole('textbox', { name: 'Note for the stage history' }).fill('Signed at the mayors’ summit');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/partnerships/${waiting.id}/show`));
    // The stage history keeps the move; the History lists the change, in the demo account's name.
    await page.getByText('Signed at the mayors’ summit').first().waitFor();
    const history = page.getByRole('list', { name: 'History' });
    await history.getByText(/Changed · .*Marcus Ellison/).first().waitFor();
    expect(await history.innerText()).toMatch(/Stage[\s\S]*Signed/);
    // The dashboard shows what it knew, then the figures asked again on opening.
    await countedSoFar();
    await expect.poll(countedNow).toBe(before + 1);
  });

  it('speaks French when asked', async () => {
    await page.goto(`${site.url}/#/progress`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'Partenariats' }).waitFor();
    await page.getByRole('heading', { name: /500/ }).first().waitFor();
    expect(await page.locator('main').innerText()).toContain('Partenariats comptés');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Partnerships' }).waitFor();
  });

  it('keeps the demo session across a reload, and signs out', async () => {
    await page.reload();
    await page.getByRole('heading', { name: /500/ }).first().waitFor();
    // The user menu's button shows, and is named by, who is signed in.
    await page.getByRole('button', { name: 'Marcus Ellison', exact: true }).click();
    await page.getByRole('menuitem', { name: /sign out|log ?out/i }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(401);
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
