import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { adminEnv, freePort, signIn, startServer, stopServer, TEST_ADMIN, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser, signInThroughPage, watchPage } from './browser.ts';
import { realServerBuild } from './realServerBuild.ts';
import { BLOCKING, checkOf, WCAG_TAGS, writeAxeReport, type PageCheck } from './axeReport.ts';
import { focusStop, LANGUAGES, levelOneHeadings, openPage, prepareContext, RESOURCES, settled, signedInPages, tabUntil, THEMES, type Language, type ResourceName } from './a11yPages.ts';

const REPORT = resolve(import.meta.dirname, '../../docs/a11y/axe-report.md');
const DESKTOP = { width: 1440, height: 900 };
/**
 * The matrix (decision 038, cut for CI's time): English and Arabic (left to right, right to left)
 * on every page in both themes; French and Portuguese, whose layout is English's with longer
 * words, in the light theme on the pages with the most text of their own.
 */
const FULL_LANGUAGES: readonly Language[] = ['en', 'ar'];
/** The public sign-up, checked in the full languages only: its own stylesheet, left to right and right to left. */
const JOIN_PAGES = ['join', 'join, errors shown'] as const;
const SAMPLED_PAGES = new Set(['home', 'progress', 'board', 'settings', 'import', 'partnerships show', 'partnerships edit', 'cities create', 'events create', 'programs list']);
const VARIANTS = LANGUAGES.flatMap((language) =>
  THEMES.filter((theme) => FULL_LANGUAGES.includes(language) || theme === 'light').map((theme) => ({
    language,
    theme,
    name: `${language} ${theme}`,
    sampled: !FULL_LANGUAGES.includes(language),
  })),
);
type Variant = (typeof VARIANTS)[number];
/** What runs side by side: a language in its two themes, or the two sampled languages. */
const GROUPS = [...FULL_LANGUAGES.map((language) => [language]), LANGUAGES.filter((language) => !FULL_LANGUAGES.includes(language))];

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it stands. The app has no frames: axe runs
 * in the page alone (legacy mode saves a blank page per run) and collects violations only.
 */
const axeOf = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode().analyze();

/** Whether the keyboard's focus is on this element. */
const isFocused = (locator: Locator) => () => locator.evaluate((element) => element === document.activeElement);

/** Signs in through the form in whatever language it shows: by the inputs' names, not their labels. */
async function signInAnyLanguage(page: Page) {
  const email = page.locator('input[name="email"]');
  await email.fill(TEST_ADMIN.email);
  await page.locator('input[name="password"]').fill(TEST_ADMIN.password);
  await page.locator('button[type="submit"]').click();
  await email.waitFor({ state: 'detached' });
}

/**
 * Issue 13's accessibility: axe-core on every page of what `npm start` serves (the demo data,
 * signed in as an admin), in English, French, Portuguese and Arabic and in the light and dark
 * themes — no serious or critical violation of WCAG 2.1 A/AA, one level-one heading a page —
 * and the board and a form used with the keyboard alone. Writes docs/a11y/axe-report.md.
 */
describe('accessibility on the real server', () => {
  let dir: string;
  let server: StartedServer | undefined;
  let browser: Browser;
  let admin: string;
  const ids = {} as Record<ResourceName, number>;
  /** A sign-up of the demo still waiting: its page shows everything an inquiry can, suggestions included. */
  let inquiry: number;
  const pagesToCheck = () => signedInPages(ids, { inquiry });
  const checks: PageCheck[] = [];
  let seconds = 0;

  const api = async <T,>(path: string): Promise<T> => {
    const response = await fetch(`${server!.url}/api/${path}`, { headers: { Cookie: admin, Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET /api/${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    const { bundle, spa } = await realServerBuild();
    dir = mkdtempSync(join(tmpdir(), 'e2e-a11y-'));
    cpSync(spa, join(dir, 'dist'), { recursive: true });
    // The demo pipeline (SEED's default), so that every page has something to show.
    const env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ...adminEnv() };
    server = await startServer(bundle, dir, env);
    admin = await signIn(server.url);
    for (const resource of RESOURCES) ids[resource] = (await api<Array<{ id: number }>>(`${resource}?sort=["id","ASC"]&range=[0,0]`))[0]!.id;
    inquiry = (await api<Array<{ id: number }>>(`inquiries?filter=${encodeURIComponent('{"status":"new"}')}&sort=["id","ASC"]&range=[0,0]`))[0]!.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    if (checks.length > 0) {
      const pages = ['sign-in', ...JOIN_PAGES, ...pagesToCheck().map((page) => page.name)];
      writeAxeReport(REPORT, { pages, variants: VARIANTS.map((variant) => variant.name), checks, seconds });
    }
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The public sign-up (decision 039), its own page with no session: as it opens, and with the
   * errors of a form sent empty (checked in the page, nothing sent), which its plain DOM draws itself.
   */
  async function checkJoinPage(page: Page, language: Language, check: (pageName: string) => Promise<void>) {
    await page.goto(`${server!.url}/join?lang=${language}`);
    await page.locator('#join-title').waitFor();
    await settled(page);
    await check(JOIN_PAGES[0]);
    await page.locator('form button[type="submit"]').click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(JOIN_PAGES[1]);
  }

  /** Every page in one language and theme, in a context of its own: what axe found, the level-one headings, the errors logged. */
  async function checkEveryPage({ language, theme, name, sampled }: Variant) {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US', reducedMotion: 'reduce', colorScheme: theme });
    await prepareContext(context, language, theme);
    const page = await context.newPage();
    const watch = watchPage(page, server!.url);
    const headings: Record<string, string[]> = {};
    const check = async (pageName: string) => {
      checks.push(checkOf(pageName, name, await axeOf(page)));
      headings[pageName] = await levelOneHeadings(page);
    };
    try {
      if (!sampled) await checkJoinPage(page, language, check);
      await page.goto(`${server!.url}/`);
      await page.locator('input[name="email"]').waitFor();
      await settled(page);
      await check('sign-in');
      if (language === 'en') await signInThroughPage(page, TEST_ADMIN);
      else await signInAnyLanguage(page);
      await settled(page);
      for (const { name: pageName, path } of pagesToCheck().filter((checked) => !sampled || SAMPLED_PAGES.has(checked.name))) {
        await openPage(page, path);
        await check(pageName);
      }
    } finally {
      await context.close();
    }
    const blocking = checks.filter((done) => done.variant === name).flatMap((done) => done.findings.filter((finding) => BLOCKING.includes(finding.impact)));
    return {
      blocking: blocking.map(({ page: where, rule, impact, targets }) => `${name}, ${where}: ${impact} ${rule} ${targets.join(', ')}`),
      headings: Object.entries(headings)
        .filter(([, texts]) => texts.length !== 1 || !texts[0]!.trim())
        .map(([where, texts]) => `${name}, ${where}: ${JSON.stringify(texts)}`),
      errors: watch.errors.map((error) => `${name}: ${error}`),
    };
  }

  // Two variants side by side: axe keeps one core busy, and CI has two.
  it.each(GROUPS.map((group) => [group.join(' and '), group] as const))('in %s: every page has one level-one heading and no serious or critical violation', async (_, group) => {
    const started = performance.now();
    const results = await Promise.all(VARIANTS.filter((variant) => group.includes(variant.language)).map(checkEveryPage));
    seconds += (performance.now() - started) / 1000;
    expect(results.flatMap((result) => result.blocking)).toEqual([]);
    expect(results.flatMap((result) => result.headings)).toEqual([]);
    expect(results.flatMap((result) => result.errors)).toEqual([]);
  }, 300_000);

  /** A page in English and the light theme, signed in through the form as the first admin. */
  async function signedInPage() {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US', reducedMotion: 'reduce', colorScheme: 'light' });
    await prepareContext(context, 'en', 'light');
    const page = await context.newPage();
    const watch = watchPage(page, server!.url);
    await page.goto(`${server!.url}/`);
    await signInThroughPage(page, TEST_ADMIN);
    await settled(page);
    return { page, watch, context };
  }

  it('moves a card on the board with the keyboard alone (Tab to it, Space, an arrow, Space), every stop showing its focus', async () => {
    const { page, watch, context } = await signedInPage();
    await openPage(page, '/board');
    const card = page.getByRole('region', { name: /^Prospect: / }).getByRole('article').first();
    const pair = (await card.getAttribute('aria-label'))!;
    const id = Number(await card.getAttribute('data-rfd-draggable-id'));

    const stops = await tabUntil(page, isFocused(card));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.getByRole('region', { name: /^Interest: / }).getByRole('article', { name: pair }).waitFor();
    await page.getByText(`${pair} moved to Interest`).waitFor();
    const afterMove = await focusStop(page);
    await context.close();

    expect((await api<{ stage: string }>(`partnerships/${id}`)).stage).toBe('interest');
    // The focus stays with the card it moved.
    expect(afterMove.element).toBe(`article "${pair}"`);
    expect(stops.filter((stop) => !stop.shown)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('fills and saves an edit form with the keyboard alone, every stop showing its focus', async () => {
    const { page, watch, context } = await signedInPage();
    const id = ids.cities;
    await openPage(page, `/cities/${id}`);
    const leader = page.getByRole('textbox', { name: 'Leader', exact: true });
    await leader.waitFor();

    const stops = await tabUntil(page, isFocused(leader));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Amara Keyboard');
    await page.keyboard.press('Tab');
    stops.push(await focusStop(page));
    // The term's end, as a date field takes it from the keyboard (month, day, year in en-US).
    await page.keyboard.type('12312027');
    stops.push(...(await tabUntil(page, isFocused(page.getByRole('button', { name: 'Save' })))));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/cities\/\d+\/show$/);
    await page.getByText('Amara Keyboard').first().waitFor();
    await context.close();

    expect(await api<{ leaderName: string; leaderTermEnds: string }>(`cities/${id}`)).toMatchObject({ leaderName: 'Amara Keyboard', leaderTermEnds: '2027-12-31' });
    expect(stops.filter((stop) => !stop.shown)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('shows the focus on the items of a menu opened from the keyboard and on the rows of a list', async () => {
    const { page, watch, context } = await signedInPage();
    await openPage(page, '/partnerships');
    const stops = await tabUntil(page, isFocused(page.getByRole('button', { name: 'Administrator', exact: true })));
    await page.keyboard.press('Enter');
    const userMenu = page.getByRole('menu').filter({ has: page.getByRole('menuitem', { name: 'Change my password' }) });
    await userMenu.waitFor();
    const items = [];
    for (const key of ['ArrowDown', 'ArrowDown']) {
      await page.keyboard.press(key);
      items.push(await focusStop(page));
    }
    stops.push(...items);
    await page.keyboard.press('Escape');
    await userMenu.waitFor({ state: 'detached' });
    stops.push(...(await tabUntil(page, isFocused(page.locator('table tbody tr').first()))));
    await context.close();

    // Opened from the keyboard, the menu has the focus on its first item; the arrows move it.
    expect(items.map((stop) => stop.element)).toEqual(['li[role=menuitem] "Logout"', 'a[role=menuitem] "Change my password"']);
    expect(stops.filter((stop) => !stop.shown)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('gives every chart a name and its figures as a table, and the map its tables', async () => {
    const { page, context } = await signedInPage();
    await openPage(page, '/progress');
    const charts = await page.locator('.recharts-wrapper').evaluateAll((drawings) =>
      drawings.map((drawing) => {
        const image = drawing.closest('[role="img"]');
        return { name: image?.getAttribute('aria-label') ?? '', table: image?.parentElement?.querySelector('table caption')?.textContent ?? '' };
      }),
    );
    await openPage(page, '/map');
    const map = { name: (await page.locator('svg[aria-label]').first().getAttribute('aria-label')) ?? '', tables: await page.getByRole('table').count() };
    await context.close();

    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(charts.filter((chart) => chart.name.trim().length < 10 || !chart.table.trim())).toEqual([]);
    expect(map.name.length).toBeGreaterThan(10);
    expect(map.tables).toBeGreaterThanOrEqual(2);
  });
});
