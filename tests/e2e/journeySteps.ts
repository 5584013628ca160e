import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { watchPage, type PageWatch } from './browser.ts';
import { WORDS, type JourneyLanguage, type JourneyWords } from './journeyWords.ts';

/** One way of running every journey: a screen size and a language. */
export interface Variant {
  name: string;
  viewport: { width: number; height: number };
  language: JourneyLanguage;
  phone: boolean;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'desktop-en', viewport: { width: 1440, height: 900 }, language: 'en', phone: false },
  { name: 'phone-fr', viewport: { width: 390, height: 844 }, language: 'fr', phone: true },
];

export interface Account {
  email: string;
  password: string;
}

/** Someone at their browser: the page, the words it shows, and whether it is a phone. */
export interface Person {
  page: Page;
  words: JourneyWords;
  phone: boolean;
  watch: PageWatch;
  /** The writes (POST, PUT, DELETE) the page sent to the API, sign-in and sign-out aside. */
  writes: string[];
}

const ARTIFACTS = resolve(import.meta.dirname, '.artifacts/journeys');

/**
 * A new person in a browser context of their own, on the sign-in page. `browserLanguage` is the
 * language their browser asks for; the app opens in it.
 */
export async function openApp(browser: Browser, origin: string, variant: Variant, browserLanguage: JourneyLanguage): Promise<Person> {
  const context = await browser.newContext({
    locale: browserLanguage === 'fr' ? 'fr-FR' : 'en-US',
    viewport: variant.viewport,
    hasTouch: variant.phone,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const person: Person = { page, words: WORDS[browserLanguage], phone: variant.phone, watch: watchPage(page, origin), writes: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() !== 'GET' && url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/auth/')) {
      person.writes.push(`${request.method()} ${url.pathname}`);
    }
  });
  await page.goto(`${origin}/`);
  return person;
}

/** Signs in through the sign-in page, in the language it shows; resolves once the form is gone. */
export async function signIn({ page, words }: Person, { email, password }: Account) {
  const emailInput = page.getByRole('textbox', { name: words.signIn.email });
  await emailInput.fill(email);
  await page.getByLabel(words.signIn.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: words.signIn.submit }).click();
  // Polled rather than awaited, so that a refusal fails with what the page said.
  const outcome = async () => ((await emailInput.count()) === 0 ? 'signed in' : ((await page.getByRole('alert').allInnerTexts()).join(' ') || 'pending'));
  await expect.poll(outcome, { timeout: 20_000 }).toBe('signed in');
}

/** Picks another language from the app bar's language menu. */
export async function chooseLanguage(person: Person, language: JourneyLanguage) {
  const { page } = person;
  await page.getByRole('button', { name: person.words.language }).click();
  await page.getByRole('menuitem', { name: WORDS[language].language }).click();
  person.words = WORDS[language];
  await page.getByRole('button', { name: person.words.language }).waitFor();
}

/** Opens a page from the menu; on a phone the menu is behind the app bar's menu button. */
export async function openFromMenu({ page, words, phone }: Person, item: keyof Omit<JourneyWords['menu'], 'open'>) {
  if (phone) await page.getByRole('button', { name: words.menu.open }).click();
  await page.getByRole('menuitem', { name: words.menu[item], exact: true }).click();
}

/** Types into an autocomplete and picks the option whose text matches `option`. */
export async function pickFromAutocomplete(page: Page, input: Locator, typed: string, option: RegExp) {
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Opens the select (MUI's combobox, named by its label then its value) labelled `label`, and picks an option. */
export async function pickFromSelect(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: new RegExp(`^${label}\\b`) }).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** The controls on screen that would change a record (Edit, Delete, Create), by name. */
export async function changeControls({ page, words }: Person): Promise<string[]> {
  const found: string[] = [];
  for (const name of [words.action.edit, words.action.delete, words.action.create]) {
    for (const role of ['link', 'button'] as const) {
      if ((await page.getByRole(role, { name, exact: true }).count()) > 0) found.push(`${role} ${name}`);
    }
  }
  return found;
}

/** The figure of the "Partnerships counted" card (home and dashboard alike), e.g. 1 of "1 of 500". */
export async function countedFigure({ page, words }: Person): Promise<number> {
  const figure = page.getByRole('region', { name: words.counted }).getByRole('paragraph').first();
  await figure.waitFor();
  const digits = /^[\d\s,.\u202f\u00a0]+/.exec(await figure.innerText())?.[0] ?? '';
  return Number(digits.replace(/\D/g, ''));
}

/** Waits until the counted figure shows `expected` (it refreshes after a move). */
export async function expectCounted(person: Person, expected: number) {
  await expect.poll(() => countedFigure(person), { timeout: 10_000 }).toBe(expected);
}

/**
 * A mouse drag as a person makes it: press on the card (on its text, not its link or button),
 * lift it, and carry it onto `target`. When the target is scrolled out of the board's view, the
 * card is held at the board's right edge until the board has scrolled it in.
 */
export async function dragToColumn(page: Page, card: Locator, target: Locator) {
  const viewport = page.viewportSize()!;
  const inView = async () => {
    const box = await target.boundingBox();
    return box !== null && box.x >= 0 && box.x + box.width <= viewport.width;
  };
  const press = (await card.getByRole('paragraph').first().boundingBox())!;
  const [x, y] = [press.x + press.width / 2, press.y + press.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 12, { steps: 4 });
  if (!(await inView())) {
    const edge = viewport.width - 40;
    await page.mouse.move(edge, y, { steps: 20 });
    let nudge = 0;
    // The board scrolls while a card is held near its edge; a small move keeps the drag going.
    const scrolledIn = async () => {
      await page.mouse.move(edge, y + (nudge++ % 2), { steps: 1 });
      return inView();
    };
    await expect.poll(scrolledIn, { timeout: 10_000 }).toBe(true);
  }
  // Over the target, held until the board stops scrolling under the card, then dropped.
  const overTarget = async () => {
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120), { steps: 5 });
    return (await target.boundingBox())!.x === box.x;
  };
  await expect.poll(overTarget, { timeout: 10_000 }).toBe(true);
  await page.mouse.up();
}

/** The last screen of a journey, kept in tests/e2e/.artifacts/journeys/ (git-ignored). */
export async function saveLastScreen(page: Page, variant: Variant, journey: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Transitions finished: a progress bar half-way through its animation would misreport the figure.
  await page.screenshot({ path: join(ARTIFACTS, `${variant.name}-${journey}.png`), animations: 'disabled' });
}

/** The day before `iso` (YYYY-MM-DD). */
export const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
