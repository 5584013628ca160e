import type { BrowserContext, Page } from 'playwright-core';

export const LANGUAGES = ['en', 'fr', 'pt', 'ar'] as const;
export const THEMES = ['light', 'dark'] as const;
export type Language = (typeof LANGUAGES)[number];
export type ThemeName = (typeof THEMES)[number];

/** The resources with the four pages each (list, show, edit, create); an admin sees them all. */
export const RESOURCES = ['partnerships', 'cities', 'events', 'programs', 'users'] as const;
export type ResourceName = (typeof RESOURCES)[number];

export interface CheckedPage {
  name: string;
  /** The address after `#`. */
  path: string;
}

/**
 * Every page a signed-in admin can open, the sign-in page aside; `ids` has one record of each
 * resource. Inquiries have no create page; their show and edit pages are checked when the caller
 * passes the id of one (the demo seed's sign-ups, or one sent through /api/join).
 */
export function signedInPages(ids: Record<ResourceName, number>, { inquiry }: { inquiry?: number } = {}): CheckedPage[] {
  const custom: CheckedPage[] = [
    { name: 'home', path: '/' },
    { name: 'work lists', path: '/work' },
    { name: 'progress', path: '/progress' },
    { name: 'board', path: '/board' },
    { name: 'map', path: '/map' },
    { name: 'settings', path: '/settings' },
    { name: 'import', path: '/import' },
    { name: 'change password', path: '/account/password' },
    { name: 'audit list', path: '/audit' },
  ];
  const crud = RESOURCES.flatMap((resource) => [
    { name: `${resource} list`, path: `/${resource}` },
    { name: `${resource} show`, path: `/${resource}/${ids[resource]}/show` },
    { name: `${resource} edit`, path: `/${resource}/${ids[resource]}` },
    { name: `${resource} create`, path: `/${resource}/create` },
  ]);
  const inquiries: CheckedPage[] = [
    { name: 'inquiries list', path: '/inquiries' },
    ...(inquiry === undefined
      ? []
      : [
          { name: 'inquiries show', path: `/inquiries/${inquiry}/show` },
          { name: 'inquiries edit', path: `/inquiries/${inquiry}` },
        ]),
  ];
  return [...custom, ...crud, ...inquiries];
}

declare global {
  interface Window {
    a11yQuietFrames?: number;
  }
}

/** Requests of a context not yet answered, and who waits for there to be none. */
interface Traffic {
  inFlight: number;
  waiting: Array<() => void>;
}
const traffic = new WeakMap<BrowserContext, Traffic>();

/** Counts the context's requests in flight: answers, scripts (a page's chunk loads), anything. */
function trackTraffic(context: BrowserContext) {
  const state: Traffic = { inFlight: 0, waiting: [] };
  const done = () => {
    state.inFlight -= 1;
    if (state.inFlight === 0) for (const resolve of state.waiting.splice(0)) resolve();
  };
  context.on('request', () => (state.inFlight += 1));
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  traffic.set(context, state);
}

/**
 * A browser context in this language and theme, the way react-admin's store keeps them
 * (`RaStore500in5.locale`, `RaStore500in5.theme`), whose requests in flight `settled` waits for.
 * (Signed in, the theme the user saved wins; with none saved the app follows the system's, which
 * the context's `colorScheme` sets.)
 */
export async function prepareContext(context: BrowserContext, language: Language, theme: ThemeName) {
  trackTraffic(context);
  await context.addInitScript(
    (stored) => {
      localStorage.setItem('RaStore500in5.locale', JSON.stringify(stored.language));
      localStorage.setItem('RaStore500in5.theme', JSON.stringify(stored.theme));
    },
    { language, theme },
  );
}

/**
 * What the page is still busy with: a spinner, a placeholder, a chart not yet drawn, the page it
 * left, or nothing yet in its place (react-admin's <Loading> shows nothing for its first second).
 */
const BUSY = [
  '[role="progressbar"]:not([aria-valuenow])',
  '.MuiSkeleton-root',
  '.recharts-responsive-container:not(:has(.recharts-wrapper))',
  '[data-left-behind]',
  '#main-content:not(:has(> :not(footer)))',
].join(', ');

/** Resolves when the context has no request in flight; fails after 30 s of requests unanswered. */
function noneInFlight(state: Traffic, url: string) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: ${state.inFlight} requests unanswered for 30 s`)), 30_000);
    state.waiting.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Resolves once the page has settled: no request in flight, and nothing of the page it left,
 * no spinner and no placeholder for three frames in a row (an effect that starts a request runs
 * within a frame of its render).
 */
export async function settled(page: Page) {
  const state = traffic.get(page.context());
  for (let round = 0; round < 20; round++) {
    await page.waitForFunction(
      (busy) => {
        const quiet = document.readyState === 'complete' && !document.querySelector(busy);
        window.a11yQuietFrames = quiet ? (window.a11yQuietFrames ?? 0) + 1 : 0;
        return window.a11yQuietFrames >= 3;
      },
      BUSY,
      { polling: 'raf', timeout: 30_000 },
    );
    if (!state || state.inFlight === 0) return;
    await noneInFlight(state, page.url());
    await page.evaluate(() => (window.a11yQuietFrames = 0));
  }
  throw new Error(`${page.url()} kept sending requests`);
}

/** Opens a page of the app by its address, and waits until the page it leaves is gone and the new one has settled. */
export async function openPage(page: Page, path: string) {
  await page.evaluate((hash) => {
    window.a11yQuietFrames = 0;
    if (window.location.hash === hash) return;
    for (const left of document.querySelectorAll('#main-content > :not(footer)')) left.setAttribute('data-left-behind', '');
    window.location.hash = hash;
  }, `#${path}`);
  await settled(page);
}

/** The page's level-one headings, as their text: exactly one, not empty, is what every page must have. */
export const levelOneHeadings = (page: Page) => page.getByRole('heading', { level: 1 }).allInnerTexts();

/** What has the keyboard's focus, and whether it shows it. */
export interface FocusStop {
  element: string;
  shown: boolean;
}

/**
 * The focused element and whether it wears a visible mark: an outline of its own, or — where
 * MUI draws the mark elsewhere — a focused text field's border, or a checkbox's or switch's box.
 */
export const focusStop = (page: Page): Promise<FocusStop> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { element: 'body', shown: false };
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- it runs in the page: nothing outside this function goes there.
    const outlined = (node: Element) => {
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    };
    const field = element.closest('.MuiInputBase-root');
    const box = element.closest('.MuiButtonBase-root');
    const shown = outlined(element) || Boolean(field?.classList.contains('Mui-focused')) || Boolean(box && box !== element && outlined(box));
    const name = element.getAttribute('aria-label') || (element.innerText?.split('\n')[0] ?? '');
    return { element: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} "${name.slice(0, 60)}"`, shown };
  });

/** Presses Tab until `isTarget` holds for the focused element; the stops passed on the way, the target's last. */
export async function tabUntil(page: Page, isTarget: () => Promise<boolean>, limit = 200): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    stops.push(await focusStop(page));
    if (await isTarget()) return stops;
  }
  throw new Error(`Not reached after ${limit} presses of Tab: ${stops.map((stop) => stop.element).join(', ')}`);
}
