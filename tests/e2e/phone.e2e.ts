import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { serveMockBuild } from './server.ts';

/** The demo admin (src/domain/seed/users.ts): the one account that sees every list. */
const DEMO_ADMIN = { email: 'ada.whitfield@sistercities.example', password: 'sister-cities-demo' } as const;
const PHONE = { width: 390, height: 844 };

const RESOURCES = ['partnerships', 'cities', 'events', 'programs', 'users'] as const;

/** Whether the page is wider than the screen: the sideways scroll a phone user should never meet. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The first record the page's own API lists for `resource`. */
const firstId = (page: Page, resource: string) =>
  page.evaluate((name) => fetch(`/api/${name}?range=[0,0]`).then(async (r) => ((await r.json()) as Array<{ id: number }>)[0]!.id), resource);

/**
 * The mock-mode production bundle in Chromium at 390 × 844: every list, and a show and an
 * edit page of each resource, fit the screen; a list keeps its Create and Export buttons and
 * its filters in a drawer.
 */
describe('the app on a phone', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let site: Awaited<ReturnType<typeof serveMockBuild>>;

  beforeAll(async () => {
    site = await serveMockBuild();
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: PHONE, hasTouch: true });
    page = await context.newPage();
    watch = watchPage(page, site.url);
    await page.goto(`${site.url}/`);
    await signInThroughPage(page, DEMO_ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** What a phone user meets on the list at `path`, the filter drawer opened and closed by the way. */
  async function listOnPhone(path: string) {
    await page.goto(`${site.url}/#/${path}`);
    await page.locator('.RaList-main li').first().waitFor();
    const seen = {
      tables: await page.locator('table').count(),
      scrollsSideways: await scrollsSideways(page),
      exportVisible: await page.getByRole('button', { name: 'Export' }).isVisible(),
      createVisible: await page.getByRole('link', { name: 'Create' }).isVisible(),
    };
    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Filter the list' });
    await drawer.waitFor();
    const drawerScrollsSideways = await scrollsSideways(page);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    return { ...seen, drawerScrollsSideways };
  }
  const fitsThePhone = { tables: 0, scrollsSideways: false, exportVisible: true, drawerScrollsSideways: false };

  it.each(RESOURCES)('lists %s as a simple list with its buttons and a filter drawer', async (resource) => {
    expect(await listOnPhone(resource)).toEqual({ ...fitsThePhone, createVisible: true });
  });

  it('lists the audit log the same way once a change is logged', async () => {
    await page.goto(`${site.url}/#/cities/1`);
    await page.getByRole('textbox', { name: 'Leader', exact: true }).fill('Ama Mensah-Boateng');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/cities\/1\/show/);
    expect(await listOnPhone('audit')).toEqual({ ...fitsThePhone, createVisible: false });
  });

  it.each(RESOURCES)('shows and edits one of %s within the screen', async (resource) => {
    const id = await firstId(page, resource);
    await page.goto(`${site.url}/#/${resource}/${id}/show`);
    await page.getByRole('link', { name: 'Edit' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await scrollsSideways(page)).toBe(false);

    await page.goto(`${site.url}/#/${resource}/${id}`);
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
