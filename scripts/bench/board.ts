/**
 * npm run bench:board — the stage board in Chromium on 3,000 generated partnerships, over
 * 2,000 of them open: the production SPA on the built server, signed in as the bench's admin
 * (all of Africa), the board opened cold (a fresh browser profile each time) and warm (one
 * profile, its cache primed) five times each. Measures the time to the first cards, the
 * requests made, the JS heap, and the same after scrolling the biggest column three pages
 * down. Prints a table and writes scripts/bench/results/board.json.
 */
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { PIPELINE, type Stage, type StageTotals } from '../../src/domain';
import { launchBrowser } from '../../tests/e2e/browser';
import { realServerBuild } from '../../tests/e2e/realServerBuild';
import { visitBoard, type BoardVisit } from './boardVisit';
import { formatBoardTable, summarise } from './boardReport';
import { CACHE_DIR } from './config';
import { datasetOf } from './dataset';
import { freePort, signIn, startServer, type ChildServer } from './processes';
import { writeSummary } from './report';

const SIZE = 3_000;
const MIN_OPEN = 2_000;
const RUNS = 5;
const MORE_PAGES = 3;
const VIEWPORT = { width: 1440, height: 900 };
const RESULTS = resolve('scripts/bench/results/board.json');

const startedAt = performance.now();
const say = (message: string) => console.info(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);

/** The production SPA beside a working copy of the dataset, served by the server bundle as `npm start` does. */
async function startSite(): Promise<ChildServer> {
  const dataset = await datasetOf(SIZE, say);
  say('building the SPA and the server bundle when stale …');
  const { spa } = await realServerBuild();
  const site = join(CACHE_DIR, 'board-site');
  rmSync(site, { recursive: true, force: true });
  cpSync(spa, join(site, 'dist'), { recursive: true });
  // A copy: the server opens it in WAL mode and may write to it.
  copyFileSync(dataset.sqlitePath, join(site, 'board.sqlite'));
  return startServer(join(site, 'board.sqlite'), await freePort(), join(CACHE_DIR, 'server-board.log'), say, site);
}

/** The board's own totals for all of Africa: how many partnerships are open, how many its columns hold. */
async function boardTotals(origin: string, cookie: Record<string, string>) {
  const response = await fetch(`${origin}/api/stats/stages?filter=${encodeURIComponent('{}')}`, { headers: cookie });
  if (!response.ok) throw new Error(`GET /api/stats/stages: ${response.status} ${await response.text()}`);
  const { total, byStage } = (await response.json()) as StageTotals;
  const open = total - byStage.ended - byStage.closed;
  if (open < MIN_OPEN) throw new Error(`Only ${open} open partnerships in the dataset: at least ${MIN_OPEN} are measured.`);
  const onBoard = PIPELINE.reduce((sum, stage) => sum + byStage[stage], 0);
  // The longest column is the one a person scrolls furthest.
  const scrolled = PIPELINE.reduce<Stage>((longest, stage) => (byStage[stage] > byStage[longest] ? stage : longest), PIPELINE[0]);
  return { total, open, onBoard, byStage, scrolled };
}

async function signedInContext(browser: Browser, origin: string, cookie: Record<string, string>): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const [name, value] = cookie.Cookie!.split('=') as [string, string];
  await context.addCookies([{ name, value, url: origin }]);
  return context;
}

async function measure(browser: Browser, origin: string, cookie: Record<string, string>, stage: Stage) {
  const options = { origin, stage, pages: MORE_PAGES };
  const cold: BoardVisit[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const context = await signedInContext(browser, origin, cookie);
    cold.push(await visitBoard(context, options));
    await context.close();
    say(`  cold ${run}: first cards ${cold.at(-1)!.firstCardsMs.toFixed(0)} ms`);
  }
  const context = await signedInContext(browser, origin, cookie);
  await visitBoard(context, options); // primes the cache; not counted
  const warm: BoardVisit[] = [];
  for (let run = 1; run <= RUNS; run++) {
    warm.push(await visitBoard(context, options));
    say(`  warm ${run}: first cards ${warm.at(-1)!.firstCardsMs.toFixed(0)} ms`);
  }
  await context.close();
  return { cold, warm };
}

async function main() {
  const loadAtStart = loadavg();
  const server = await startSite();
  let browser: Browser | undefined;
  try {
    const cookie = await signIn(server.origin);
    const totals = await boardTotals(server.origin, cookie);
    say(`${totals.total} partnerships, ${totals.open} open, ${totals.onBoard} on the board's ${PIPELINE.length} columns; scrolling ${totals.scrolled}`);
    browser = await launchBrowser();
    const runs = await measure(browser, server.origin, cookie, totals.scrolled);
    const summary = { cold: summarise(runs.cold), warm: summarise(runs.warm) };
    console.info(`\n${formatBoardTable(summary, { ...totals, pages: MORE_PAGES, runs: RUNS, viewport: VIEWPORT })}`);
    writeSummary(RESULTS, {
      at: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, chromium: browser.version(), loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg() },
      data: { ...totals, size: SIZE },
      method: { runs: RUNS, morePages: MORE_PAGES, viewport: VIEWPORT, signedInAs: 'admin (all of Africa)', heap: 'JSHeapUsedSize after a forced GC' },
      summary,
      runs,
      serverPeakRssMb: server.peakRssMb(),
    });
    // The browser, the server and the page share the machine's cores with whatever else runs.
    const busiest = Math.max(loadAtStart[0]!, loadavg()[0]!);
    if (busiest > cpus().length) console.warn(`\nWarning: the load average reached ${busiest.toFixed(1)} on ${cpus().length} cores: the times are skewed (run again on a quiet machine).`);
    say(`wrote ${RESULTS}`);
  } finally {
    await browser?.close();
    say(`server ${await server.stop()}`);
  }
}

await main();
