/**
 * Retakes docs/screenshots/*.png: the mock-mode production bundle in headless Chromium.
 * Run: npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, signInThroughPage, watchPage } from './browser.ts';
import { serveMockBuild } from './server.ts';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

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
  await page.waitForLoadState('networkidle');
  await page.locator('.MuiLinearProgress-root, [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(300); // let the last paint land; screenshots only
}

const site = await serveMockBuild();
const browser = await launchBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page, site.url);

  // The app opens on the sign-in page: a demo account of the mock mode (decision 011).
  await page.goto(`${site.url}/#/`);
  await page.getByText('Every demo account uses the password').waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/sign-in.png` });
  await signInThroughPage(page, { email: 'marcus.ellison@sistercities.example', password: 'sister-cities-demo' });
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

  await page.goto(`${site.url}/#/`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await page.goto(`${site.url}/#/?region=Western`);
  await page.locator('.recharts-wrapper').first().waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/dashboard-fr-western.png`, fullPage: true });

  if (watch.errors.length || watch.foreignRequests.length) {
    throw new Error(`The page misbehaved: ${JSON.stringify(watch)}`);
  }
  console.info(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await site.close();
}
