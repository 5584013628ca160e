/**
 * npm run bench:browser — issue 12's browser budget on its slow link (1.6 Mbit/s down, 750 kbit/s
 * up, 300 ms round trip, throttled through the DevTools protocol): what `npm start` serves, on a
 * fresh SQLite file with the demo data, opened in Chromium. Each run opens the app in a new
 * context (cold cache), signs in through the form, waits for the progress chart, opens the
 * partnerships list and the board from the menu, signs out; then the same again in that context
 * (warm cache, no session). Prints a markdown table against the issue's targets. The targets are
 * tracked here, not gated: the gate is tests/e2e/realServer.e2e.ts.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser';
import { realServerBuild } from '../../tests/e2e/realServerBuild';
import { SLOW_LINK } from '../../tests/e2e/wire';
import { adminEnv, freePort, signIn, startServer, stopServer, TEST_ADMIN, type StartedServer } from '../../tests/setup/serverProcess';
import { formatBrowserTable, formatDownloads } from './browserReport';
import { visitApp, type BrowserVisit } from './browserVisit';

const RUNS = 3;
const VIEWPORT = { width: 1440, height: 900 };

const startedAt = performance.now();
const say = (message: string) => console.info(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const loadText = ([one, five, fifteen]: number[]) => `${one!.toFixed(2)} / ${five!.toFixed(2)} / ${fifteen!.toFixed(2)}`;

/** The production SPA and server bundle in a temporary directory, the server seeding a new SQLite file there. */
async function startSite(): Promise<{ server: StartedServer; dir: string }> {
  say('building the SPA and the server bundle when stale …');
  const { bundle, spa } = await realServerBuild();
  const dir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  cpSync(spa, join(dir, 'dist'), { recursive: true });
  const env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ...adminEnv() };
  return { server: await startServer(bundle, dir, env), dir };
}

async function partnershipCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/api/partnerships?range=${encodeURIComponent('[0,0]')}`, { headers: { Cookie: await signIn(origin) } });
  const total = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
  if (!response.ok || !total) throw new Error(`GET /api/partnerships: ${response.status} ${await response.text()}`);
  return Number(total);
}

/** One visit in a line, for the progress log. */
const summaryOf = (visit: BrowserVisit) =>
  `form ${visit.ms.signInForm.toFixed(0)} ms (${(visit.bytes.signInForm / 1024).toFixed(0)} KB), chart ${visit.ms.progressChart.toFixed(0)} ms, ` +
  `list ${visit.ms.partnershipsRow.toFixed(0)} ms, board ${visit.ms.boardCards.toFixed(0)} ms, ${(visit.bytes.total / 1024).toFixed(0)} KB in all`;

async function measure(browser: Browser, origin: string) {
  const cold: BrowserVisit[] = [];
  const warm: BrowserVisit[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', reducedMotion: 'reduce' });
    try {
      cold.push(await visitApp(context, { origin, credentials: TEST_ADMIN, signOutAfter: true }));
      say(`  run ${run} cold: ${summaryOf(cold.at(-1)!)}`);
      warm.push(await visitApp(context, { origin, credentials: TEST_ADMIN, signOutAfter: false }));
      say(`  run ${run} warm: ${summaryOf(warm.at(-1)!)}`);
    } finally {
      await context.close();
    }
  }
  return { cold, warm };
}

function report(runs: { cold: BrowserVisit[]; warm: BrowserVisit[] }, facts: { chromium: string; partnerships: number; loadAtStart: number[] }) {
  const link = `${(SLOW_LINK.downloadThroughput * 8) / 1e6} Mbit/s down, ${(SLOW_LINK.uploadThroughput * 8) / 1e3} kbit/s up, ${SLOW_LINK.latency} ms round trip`;
  console.info(
    [
      '',
      `Chromium ${facts.chromium}, ${VIEWPORT.width} × ${VIEWPORT.height}, reduced motion, throttled to ${link}; ` +
        `the production SPA on the real server, demo data (${facts.partnerships.toLocaleString('en-US')} partnerships), signed in as the first admin; ${RUNS} runs each.`,
      'Cold: a new browser context (empty cache). Warm: the same context after the cold visit, which signed out through the user menu: ' +
        'the HTTP cache is kept, the session is not, so the warm visit signs in again.',
      'The page settles (nothing in flight for 0.5 s) before each click; each time runs from the click (the first from the navigation) to what it opens, on screen.',
      '',
      formatBrowserTable(runs),
      '',
      'Where the bytes of the first cold visit went:',
      formatDownloads(runs.cold[0]!),
      '',
      'Where the bytes of the first warm visit went:',
      formatDownloads(runs.warm[0]!),
      '',
      `Load average (1 / 5 / 15 min) on ${cpus().length} cores: ${loadText(facts.loadAtStart)} at the start, ${loadText(loadavg())} at the end.`,
    ].join('\n'),
  );
  const problems = [...runs.cold, ...runs.warm].flatMap((visit) => visit.problems);
  if (problems.length > 0) console.warn(`\nThe visits met ${problems.length} problems:\n  ${[...new Set(problems)].join('\n  ')}`);
  const busiest = Math.max(facts.loadAtStart[0]!, loadavg()[0]!);
  if (busiest > cpus().length) console.warn(`\nWarning: the load average reached ${busiest.toFixed(1)} on ${cpus().length} cores: the times are skewed (run again on a quiet machine).`);
}

async function main() {
  const loadAtStart = loadavg();
  say(`load average ${loadText(loadAtStart)}`);
  const { server, dir } = await startSite();
  let browser: Browser | undefined;
  try {
    const partnerships = await partnershipCount(server.url);
    say(`server on ${server.url}, ${partnerships} partnerships`);
    browser = await launchBrowser();
    const runs = await measure(browser, server.url);
    report(runs, { chromium: browser.version(), partnerships, loadAtStart });
  } finally {
    await browser?.close();
    say(`server exited with ${await stopServer(server)}`);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
