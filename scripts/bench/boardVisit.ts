import type { BrowserContext, Page } from 'playwright-core';
import type { Stage } from '../../src/domain';

/** What one opening of the board cost the browser. */
export interface BoardVisit {
  /** From the start of the navigation to the first cards painted (the page's own clock). */
  firstCardsMs: number;
  /** Requests the page made until the board settled (nothing in flight for half a second). */
  requests: number;
  apiRequests: number;
  /** Used JS heap once the board settled, after a garbage collection (so runs compare). */
  heapMb: number;
  /** After scrolling one column down `pages` more pages: the cards it holds, the requests the scrolling made, the heap. */
  scrolled: { pages: number; cards: number; requests: number; apiRequests: number; heapMb: number };
}

declare global {
  interface Window {
    /** performance.now() when the board first painted a card; set by the init script below. */
    boardFirstCardsAt?: number;
  }
}

/** A column's cards: the column is the section its heading (id board-column-<stage>) labels. */
const columnCards = (stage: Stage) => `main section[aria-labelledby="board-column-${stage}"] article`;
/** Where the wheel turns: inside the viewport of any desktop. */
const VIEWPORT_MIDDLE = 400;
export const ANY_CARD = 'main section[aria-labelledby^="board-column-"] article';

/**
 * Notes when the first card of a column enters the page, at the next frame (its paint). It
 * runs before the app's own scripts, so the mark does not wait on Playwright's polling.
 */
function markFirstCards(anyCard: string) {
  new MutationObserver((_, observer) => {
    if (!document.querySelector(anyCard)) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.boardFirstCardsAt = performance.now()));
  }).observe(document, { childList: true, subtree: true });
}

async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/**
 * The page's requests from its creation: how many (all, and to the API), how many in flight,
 * and when that last changed, to tell when the page has settled (Playwright's "networkidle"
 * fires once per navigation, not again after a scroll).
 */
function trackNetwork(page: Page, origin: string) {
  const network = { requests: 0, apiRequests: 0, inFlight: 0, changedAt: performance.now() };
  const end = () => {
    network.inFlight -= 1;
    network.changedAt = performance.now();
  };
  page.on('request', (request) => {
    network.requests += 1;
    if (request.url().startsWith(`${origin}/api/`)) network.apiRequests += 1;
    network.inFlight += 1;
    network.changedAt = performance.now();
  });
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  const settled = async (quietMs = 500) => {
    while (network.inFlight > 0 || performance.now() - network.changedAt < quietMs) await page.waitForTimeout(50);
  };
  const counts = () => ({ requests: network.requests, apiRequests: network.apiRequests });
  return { settled, counts };
}

/**
 * Scrolls down over the column with the mouse wheel, as a person does, until `pages` more pages
 * of its cards are in; the page scrolls (the columns grow), and other columns may load too.
 */
async function scrollColumn(page: Page, stage: Stage, pages: number) {
  const selector = columnCards(stage);
  const cards = page.locator(selector);
  // Columns off to the right load nothing until seen: bring this one into view first, as a person would.
  const heading = page.locator(`#board-column-${stage}`);
  await heading.scrollIntoViewIfNeeded();
  const column = (await heading.boundingBox())!;
  await page.mouse.move(column.x + column.width / 2, Math.max(column.y + 100, VIEWPORT_MIDDLE));
  for (let loaded = 0; loaded < pages; loaded++) {
    const before = await cards.count();
    const deadline = performance.now() + 60_000;
    while ((await cards.count()) <= before) {
      if (performance.now() > deadline) throw new Error(`The ${stage} column loaded no more than ${before} cards in a minute of scrolling`);
      await page.mouse.wheel(0, 400);
      await page.waitForFunction(([within, count]) => document.querySelectorAll(within).length > count, [selector, before] as const, { timeout: 200 }).catch(() => {});
    }
  }
  return cards.count();
}

export interface VisitOptions {
  origin: string;
  /** The column scrolled, and how far. */
  stage: Stage;
  pages: number;
}

/** Opens the board in a new page of `context`, measures, scrolls a column, measures again, closes the page. */
export async function visitBoard(context: BrowserContext, { origin, stage, pages }: VisitOptions): Promise<BoardVisit> {
  const page = await context.newPage();
  try {
    await page.addInitScript(markFirstCards, ANY_CARD);
    const network = trackNetwork(page, origin);
    await page.goto(`${origin}/#/board`);
    await page.waitForFunction(() => window.boardFirstCardsAt !== undefined, undefined, { timeout: 60_000 });
    const firstCardsMs = await page.evaluate(() => window.boardFirstCardsAt!);
    await network.settled();
    const opened = network.counts();
    const heapMb = await usedHeapMb(page);

    const cards = await scrollColumn(page, stage, pages);
    await network.settled();
    const total = network.counts();
    const scrolling = { requests: total.requests - opened.requests, apiRequests: total.apiRequests - opened.apiRequests };
    const scrolled = { pages, cards, ...scrolling, heapMb: await usedHeapMb(page) };
    return { firstCardsMs, ...opened, heapMb, scrolled };
  } finally {
    await page.close();
  }
}
