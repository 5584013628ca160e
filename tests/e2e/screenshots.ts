/**
 * Retakes docs/screenshots/*.png: the mock-mode production bundle in headless Chromium.
 * Run: npm run screenshots
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/domain/seed/users.ts';
import { launchBrowser, signInThroughPage, watchPage, type PageWatch } from './browser.ts';
import { serveMockBuild } from './server.ts';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Demo accounts of the mock mode (src/domain/seed/users.ts), one per role. */
const demo = (name: string) => ({ email: `${name}@sistercities.example`, password: DEMO_PASSWORD });
const STAFF = demo('marcus.ellison');
const COORDINATOR = demo('abena.mensah');
const LEADERSHIP = demo('robert.hayes');
const ADMIN = demo('ada.whitfield');

/** A partnership worth showing: signed in the initiative, with events and a long history. */
async function showcasePartnershipId(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/events?range=[0,99]&sort=["startsAt","DESC"]');
    const events = (await response.json()) as Array<{ partnershipIds: number[] }>;
    const linked = [...new Set(events.flatMap((event) => event.partnershipIds))];
    const ids = encodeURIComponent(JSON.stringify({ id: linked, cohort: '500in5', stage: ['signed', 'active'] }));
    const partnerships = (await (await fetch(`/api/partnerships?filter=${ids}&range=[0,99]`)).json()) as Array<{
      id: number;
      stageHistory: unknown[];
    }>;
    partnerships.sort((a, b) => b.stageHistory.length - a.stageHistory.length);
    return partnerships[0]!.id;
  });
}

async function settle(page: Page) {
  // No hover highlight on whatever the last click left the mouse over.
  await page.mouse.move(0, 0);
  await page.waitForLoadState('networkidle');
  await page.locator('.MuiLinearProgress-root, [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  // The homes' widgets show skeletons until their figures are in.
  await page.locator('.MuiSkeleton-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(300); // let the last paint land; screenshots only
}

const watches: PageWatch[] = [];

/** A fresh browser profile on the sign-in page, its network and console watched. */
async function freshPage(browser: Browser, url: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', locale: 'en-US', hasTouch: viewport === PHONE });
  const page = await context.newPage();
  watches.push(watchPage(page, url));
  await page.goto(`${url}/#/`);
  return page;
}

/** Each role's home, as it lands there after signing in (decision 023). */
async function homes(browser: Browser, url: string) {
  const coordinator = await freshPage(browser, url);
  await signInThroughPage(coordinator, COORDINATOR);
  await coordinator.getByRole('region', { name: 'Partnerships counted' }).waitFor();
  await settle(coordinator);
  await coordinator.screenshot({ path: `${OUT}/home-coordinator.png`, fullPage: true });

  for (const [who, file] of [[LEADERSHIP, 'home-leadership.png'], [ADMIN, 'home-admin.png']] as const) {
    const page = await freshPage(browser, url);
    await signInThroughPage(page, who);
    await page.locator('.recharts-wrapper').first().waitFor();
    await settle(page);
    await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
  }
}

/** A coordinator on the road: the board one stage at a time, and the partnership list as a simple list. */
async function phone(browser: Browser, url: string) {
  const page = await freshPage(browser, url, PHONE);
  await signInThroughPage(page, COORDINATOR);
  await page.goto(`${url}/#/board`);
  await page.getByRole('tab', { name: /^Prospect/ }).waitFor();
  await page.getByRole('article').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/board-phone.png` });

  await page.goto(`${url}/#/partnerships`);
  await page.getByRole('main').getByRole('listitem').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/partnership-list-phone.png` });
}

/** The recharts drawings inside `selector` redrawn at their box's width, with something drawn. */
async function chartsDrawn(page: Page, selector: string) {
  await page.waitForFunction((inside) => {
    const containers = [...document.querySelectorAll(`${inside} .recharts-responsive-container`)];
    return containers.length > 0 && containers.every((container) => {
      const svg = container.querySelector('.recharts-wrapper > svg.recharts-surface');
      return svg && Math.abs(Number(svg.getAttribute('width')) - container.clientWidth) < 2 && svg.querySelector('.recharts-layer path');
    });
  }, selector);
}

/** The forecast, the funnel, the printed board report, the map and the goal settings (issue 11), as an admin. */
async function progressAndMap(browser: Browser, url: string) {
  const page = await freshPage(browser, url);
  await signInThroughPage(page, ADMIN);
  await page.goto(`${url}/#/progress`);
  const forecast = page.getByRole('region', { name: 'Where the count is likely to land' });
  await forecast.getByText(/median outcome/).waitFor({ timeout: 30_000 });
  await page.getByRole('region', { name: 'Stage funnel' }).getByText(/Moved on/).first().waitFor();
  await chartsDrawn(page, 'main');
  await settle(page);
  await forecast.screenshot({ path: `${OUT}/forecast.png` });
  await page.getByRole('region', { name: 'Stage funnel' }).screenshot({ path: `${OUT}/funnel.png` });

  // As the Board report button lays it out: the window as wide as A4 landscape's printed area.
  await page.setViewportSize({ width: 1032, height: 794 });
  await page.emulateMedia({ media: 'print' });
  await chartsDrawn(page, '.report-section');
  writeFileSync(`${OUT}/board-report.pdf`, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(DESKTOP);

  await page.goto(`${url}/#/map`);
  await page.getByRole('link', { name: /↔/ }).first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/map.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await settle(page);
  await page.screenshot({ path: `${OUT}/map-phone.png` });
  await page.setViewportSize(DESKTOP);

  await page.goto(`${url}/#/settings`);
  await page.getByRole('spinbutton', { name: 'Target' }).waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/settings.png`, fullPage: true });
}

/** Issue 13: the dashboard in Portuguese, a partnership in Arabic (right to left), the board in the dark theme. */
async function languagesAndThemes(browser: Browser, url: string) {
  const page = await freshPage(browser, url);
  await signInThroughPage(page, STAFF);
  await page.getByRole('heading', { name: 'My work' }).waitFor();
  const id = await showcasePartnershipId(page);
  /** Opens a page as a reader who chose this language and theme before (react-admin's store). */
  const open = async (path: string, choices: Record<string, string>) => {
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(`RaStore500in5.${key}`, JSON.stringify(value));
    }, choices);
    await page.goto(`${url}/#${path}`);
    await page.reload();
  };

  await open('/progress', { locale: 'pt' });
  await page.locator('html[lang="pt"]').waitFor();
  await page.locator('.recharts-wrapper').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/dashboard-pt.png`, fullPage: true });

  await open(`/partnerships/${id}/show`, { locale: 'ar' });
  await page.locator('html[dir="rtl"]').waitFor();
  await page.getByText('سجل المراحل').waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/partnership-ar.png`, fullPage: true });

  // A device set to dark, and no theme saved for the user: the app follows the device (decision 036).
  await page.emulateMedia({ colorScheme: 'dark' });
  await open('/board', { locale: 'en' });
  await page.getByRole('region', { name: /^Prospect: / }).getByRole('article').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/board-dark.png` });
}

/** Issue 14: the public sign-up page (/join, no session) on a phone, for a reader whose browser asks for French. */
async function joinPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', locale: 'fr-FR', hasTouch: true });
  const page = await context.newPage();
  watches.push(watchPage(page, url));
  await page.goto(`${url}/join`);
  await page.getByRole('heading', { level: 1, name: 'Rejoindre 500 in 5' }).waitFor();
  await page.getByRole('radio', { name: 'En Afrique' }).check();
  await page.getByRole('combobox', { name: 'Ville' }).waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/join-fr-phone.png` });
  await context.close();
}

/**
 * Issue 14: the partners suggested for an African city in the pipeline (the one that most
 * lately opened a prospect), best first, each with its reasons.
 */
async function suggestions(browser: Browser, url: string) {
  const page = await freshPage(browser, url);
  await signInThroughPage(page, STAFF);
  await page.getByRole('heading', { name: 'My work' }).waitFor();
  const cityId = await page.evaluate(async () => {
    const filter = encodeURIComponent(JSON.stringify({ stage: 'prospect', cohort: '500in5' }));
    const [latest] = (await (await fetch(`/api/partnerships?filter=${filter}&sort=["firstContactAt","DESC"]&range=[0,0]`)).json()) as Array<{ africanCityId: number }>;
    return latest!.africanCityId;
  });
  await page.goto(`${url}/#/cities/${cityId}/show`);
  const card = page.getByRole('region', { name: 'Suggested partners' });
  await card.getByRole('list', { name: /^Suggested partners for / }).waitFor();
  await settle(page);
  // The city's partnerships above, to show where it stands; the whole page laid out, so the app bar covers nothing.
  const top = (await page.getByRole('region', { name: 'Partnerships', exact: true }).boundingBox())!;
  const bottom = (await card.boundingBox())!;
  const clip = { x: top.x, y: top.y, width: top.width, height: bottom.y + bottom.height - top.y };
  await page.screenshot({ path: `${OUT}/suggestions.png`, fullPage: true, clip });
}

const site = await serveMockBuild();
const browser = await launchBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await freshPage(browser, site.url);

  // The app opens on the sign-in page: a demo account of the mock mode (decision 011).
  await page.getByText('Every demo account uses the password').waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/sign-in.png` });
  await signInThroughPage(page, STAFF);
  await page.getByRole('heading', { name: 'My work' }).waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/home-staff.png`, fullPage: true });

  // Staff land on their work (decision 023); the progress dashboard is at /progress.
  await page.goto(`${site.url}/#/progress`);
  await page.locator('.recharts-wrapper').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/dashboard.png`, fullPage: true });

  await page.goto(`${site.url}/#/partnerships`);
  await page.locator('table.RaDataTable-table tbody tr').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/partnership-list.png` });

  const id = await showcasePartnershipId(page);
  await page.goto(`${site.url}/#/partnerships/${id}/show`);
  await page.getByText('Stage history').waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/partnership-show.png`, fullPage: true });

  await page.goto(`${site.url}/#/board`);
  await page.getByRole('region', { name: /^Prospect: / }).getByRole('article').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/board.png` });

  await page.goto(`${site.url}/#/`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await page.goto(`${site.url}/#/progress?region=Western`);
  await page.locator('.recharts-wrapper').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/dashboard-fr-western.png`, fullPage: true });

  await homes(browser, site.url);
  await phone(browser, site.url);
  await progressAndMap(browser, site.url);
  await languagesAndThemes(browser, site.url);
  await joinPage(browser, site.url);
  await suggestions(browser, site.url);

  const misbehaved = watches.filter((watch) => watch.errors.length || watch.foreignRequests.length);
  if (misbehaved.length) throw new Error(`A page misbehaved: ${JSON.stringify(misbehaved)}`);
  console.info(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await site.close();
}
