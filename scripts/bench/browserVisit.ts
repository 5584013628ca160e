import type { BrowserContext, Page } from 'playwright-core';
import { signInThroughPage, watchPage } from '../../tests/e2e/browser';
import { recordWire, throttle, type WireEntry } from '../../tests/e2e/wire';
import { ANY_CARD } from './boardVisit';

/** A visit's steps, in order: each ends when what it opens is on screen. */
export const STEPS = ['signInForm', 'progressChart', 'partnershipsRow', 'boardCards'] as const;
export type Step = (typeof STEPS)[number];
type ClickedStep = Exclude<Step, 'signInForm'>;

/** What each step waits for. */
const SHOWN: Record<Step, string> = {
  signInForm: 'input[name="email"]',
  // The progress chart is the drawing its spoken summary names; its count's curve means it is drawn.
  progressChart: '[role="img"][aria-label*="partnerships counted so far"] svg.recharts-surface .recharts-area-curve',
  // A city's link: the rows of the list's loading skeleton have none.
  partnershipsRow: 'table.RaDataTable-table tbody td.column-africanCityName a',
  boardCards: ANY_CARD,
};

/** The click each later step starts from. */
const CLICKED: Record<ClickedStep, string> = {
  progressChart: 'form button[type="submit"]',
  partnershipsRow: 'a[href="#/partnerships"]',
  boardCards: 'a[href="#/board"]',
};

const STEP_TIMEOUT_MS = 120_000;
/** "Settled": nothing in flight for this long. */
const QUIET_MS = 500;

export interface BrowserVisit {
  /** Navigation start → the sign-in form usable; for the later steps, their click → shown (the page's own clock). */
  ms: Record<Step, number>;
  /** On the wire, headers included: until the sign-in form was usable, and for the whole visit. */
  bytes: { signInForm: number; total: number };
  /** What came over the network, by the step during which it finished (each step runs until the page settles). */
  downloads: Array<WireEntry & { step: Step }>;
  /** Foreign requests and console errors: a visit should have none. */
  problems: string[];
}

interface StepMarks {
  shown: Partial<Record<string, number>>;
  clicked: Partial<Record<string, number>>;
}

declare global {
  interface Window {
    /** performance.now() when each step's element showed and its click came; set by markSteps. */
    browserBenchMarks?: StepMarks;
  }
}

/**
 * Runs in the page before its own scripts: notes the frame in which each awaited element is first
 * usable, and when each starting click lands, so no mark waits on Playwright's polling.
 */
function markSteps({ shown, clicked }: { shown: Record<string, string>; clicked: Record<string, string> }) {
  const marks: StepMarks = { shown: {}, clicked: {} };
  window.browserBenchMarks = marks;
  const waiting = new Map(Object.entries(shown));
  // No named inner functions: tsx wraps those in a helper the page does not have.
  new MutationObserver(() => {
    for (const [step, selector] of waiting) {
      const element = document.querySelector(selector);
      if (!element || element.getClientRects().length === 0 || element.matches(':disabled')) continue;
      waiting.delete(step);
      requestAnimationFrame(() => (marks.shown[step] = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'class', 'style', 'hidden'] });
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element)) return;
      for (const [step, selector] of Object.entries(clicked)) if (event.target.closest(selector)) marks.clicked[step] ??= performance.now();
    },
    true,
  );
}

async function shownAt(page: Page, step: Step): Promise<number> {
  try {
    const mark = await page.waitForFunction((name) => window.browserBenchMarks?.shown[name], step, { timeout: STEP_TIMEOUT_MS });
    return (await mark.jsonValue()) as number;
  } catch (error) {
    throw new Error(`${step} (${SHOWN[step]}) did not show within ${STEP_TIMEOUT_MS / 1000} s`, { cause: error });
  }
}

async function clickedAt(page: Page, step: ClickedStep): Promise<number> {
  const at = await page.evaluate((name) => window.browserBenchMarks?.clicked[name], step);
  if (at === undefined) throw new Error(`No click on ${CLICKED[step]} was seen for ${step}`);
  return at;
}

/** Resolves once the page has had nothing in flight for QUIET_MS (a person reading it gives it that time). */
function settledWatch(page: Page) {
  const network = { inFlight: 0, changedAt: performance.now() };
  const change = (by: number) => () => {
    network.inFlight += by;
    network.changedAt = performance.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  return async () => {
    const deadline = performance.now() + STEP_TIMEOUT_MS;
    while (network.inFlight > 0 || performance.now() - network.changedAt < QUIET_MS) {
      if (performance.now() > deadline) throw new Error(`The page did not settle within ${STEP_TIMEOUT_MS / 1000} s (${network.inFlight} requests in flight)`);
      await page.waitForTimeout(50);
    }
  };
}

/** Signs out through the user menu, as the end-to-end suite does, and waits for the sign-in form. */
async function signOutThroughMenu(page: Page) {
  // Named by who is signed in (the first admin), or "Profile" where it shows an icon only.
  await page.getByRole('button', { name: /^(Administrator|Profile)$/ }).click();
  await page.getByRole('menuitem', { name: /sign out|log ?out/i }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

export interface VisitOptions {
  origin: string;
  credentials: { email: string; password: string };
  /** Leave signed out, so that the next visit in the same context signs in again. */
  signOutAfter: boolean;
}

/**
 * One visit on the slow link, in a new page of `context`: open the app, sign in through the form,
 * wait for the progress chart, open the partnerships list and then the board from the menu. The
 * page settles before each click, as it would while a person reads it.
 */
export async function visitApp(context: BrowserContext, { origin, credentials, signOutAfter }: VisitOptions): Promise<BrowserVisit> {
  const page = await context.newPage();
  try {
    const watch = watchPage(page, origin);
    await page.addInitScript(markSteps, { shown: SHOWN, clicked: CLICKED });
    await throttle(page);
    const wire = await recordWire(page);
    const settled = settledWatch(page);
    const downloads: BrowserVisit['downloads'] = [];
    const closeStep = (step: Step) => downloads.push(...wire.entries.slice(downloads.length).map((entry) => ({ ...entry, step })));

    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
    const ms = { signInForm: await shownAt(page, 'signInForm') } as Record<Step, number>;
    const signInFormBytes = wire.bytes();
    const clicks: Record<ClickedStep, () => Promise<void>> = {
      progressChart: () => signInThroughPage(page, credentials),
      partnershipsRow: () => page.getByRole('menuitem', { name: 'Partnerships' }).click(),
      boardCards: () => page.getByRole('menuitem', { name: 'Board' }).click(),
    };
    let previous: Step = 'signInForm';
    for (const step of ['progressChart', 'partnershipsRow', 'boardCards'] as const) {
      await settled();
      closeStep(previous);
      await clicks[step]();
      ms[step] = (await shownAt(page, step)) - (await clickedAt(page, step));
      previous = step;
    }
    await settled();
    closeStep(previous);
    const total = wire.bytes();
    await wire.stop();
    if (signOutAfter) await signOutThroughMenu(page);
    const problems = [...watch.foreignRequests.map((url) => `request to ${url}`), ...watch.errors];
    return { ms, bytes: { signInForm: signInFormBytes, total }, downloads, problems };
  } finally {
    await page.close();
  }
}
