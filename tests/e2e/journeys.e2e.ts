import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminEnv, freePort, startServer, stopServer, TEST_ADMIN, type StartedServer } from '../setup/serverProcess.ts';
import { launchBrowser } from './browser.ts';
import { realServerBuild } from './realServerBuild.ts';
import {
  changeControls,
  chooseLanguage,
  countedFigure,
  dayBefore,
  dragToColumn,
  expectCounted,
  openApp,
  openFromMenu,
  pickFromAutocomplete,
  pickFromSelect,
  saveLastScreen,
  signIn,
  VARIANTS,
  type Account,
  type Person,
  type Variant,
} from './journeySteps.ts';

const COORDINATOR = { email: 'amina.coordinator@sistercities.example', password: 'western africa passphrase', fullName: 'Amina Diallo' };
const LEADERSHIP = { email: 'grace.leadership@sistercities.example', password: 'leadership passphrase', fullName: 'Grace Whitaker' };
const PAIR = 'Kumasi ↔ Baltimore';

const nextStep = ({ page, words }: Person) => page.getByRole('textbox', { name: words.partnership.nextStep, exact: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Issue 13's journeys per role, in Chromium against what `npm start` runs on a fresh database
 * (SEED=none: nothing but the first admin): an admin sets up the team, a coordinator signs a
 * partnership of their region on the board and counts one more, leadership reads it all and
 * can change nothing, and two people saving the same partnership are kept from overwriting
 * each other. Each variant (a desktop in English, a phone in French) runs on a server of its
 * own; the journeys follow one another as a day at the initiative does.
 */
describe.each(VARIANTS)('the journeys per role, $name', (variant: Variant) => {
  let dir: string;
  let server: StartedServer | undefined;
  let origin: string;
  const people: Person[] = [];
  let admin: Person;
  let coordinator: Person;
  /** The partnership the coordinator opens: its id and the address of its page. */
  let partnership: { id: string; show: string };
  let countedAfterSigning: number;

  /** The partnership as the API gives it to `person`'s session. */
  const storedPartnership = async ({ page }: Person) =>
    (await (await page.request.get(`${origin}/api/partnerships/${partnership.id}`)).json()) as { version: number; nextStep: string | null };

  /** What Chromium logs of the conflict journey's refused save (a 409), the one error expected. */
  const refusedSave = (error: string) => /\b409\b/.test(error) && error.includes(`${origin}/api/partnerships/${partnership.id}`);

  const arrive = async (browserLanguage: Variant['language'], account: Account) => {
    const person = await openApp(browser, origin, variant, browserLanguage);
    people.push(person);
    await signIn(person, account);
    return person;
  };

  beforeAll(async () => {
    const { bundle, spa } = await realServerBuild();
    dir = mkdtempSync(join(tmpdir(), 'e2e-journeys-'));
    cpSync(spa, join(dir, 'dist'), { recursive: true });
    const env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, SEED: 'none', ...adminEnv() };
    server = await startServer(bundle, dir, env);
    origin = server.url;
  });

  afterAll(async () => {
    await Promise.all(people.map((person) => person.page.context().close()));
    if (server) await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('an admin creates a regional coordinator, a leadership user and a US member city', async () => {
    // The admin's browser speaks English; in the French variant they switch in the app bar.
    admin = await arrive('en', TEST_ADMIN);
    if (variant.language !== 'en') await chooseLanguage(admin, variant.language);
    const { page, words } = admin;

    for (const [account, role] of [
      [COORDINATOR, words.user.coordinator],
      [LEADERSHIP, words.user.leadership],
    ] as const) {
      await openFromMenu(admin, 'users');
      await page.getByRole('link', { name: words.action.create, exact: true }).click();
      await page.getByRole('textbox', { name: words.user.fullName }).fill(account.fullName);
      await page.getByRole('textbox', { name: words.user.email }).fill(account.email);
      await pickFromSelect(page, words.user.role, role);
      if (account === COORDINATOR) await pickFromSelect(page, words.user.region, words.westernAfrica);
      await page.getByLabel(words.user.password, { exact: true }).fill(account.password);
      await page.getByRole('button', { name: words.action.save }).click();
      await page.waitForURL(/#\/users\/\d+\/show$/);
      await page.getByText(account.email).first().waitFor();
    }

    // A coordinator writes only cities of their region: the US side is set up for them.
    await openFromMenu(admin, 'cities');
    await page.getByRole('link', { name: words.action.create, exact: true }).click();
    await page.getByRole('button', { name: words.city.us, exact: true }).click();
    await pickFromAutocomplete(page, page.getByRole('combobox', { name: words.city.lookup }), 'Baltimore', /^Baltimore, /);
    expect(await page.getByRole('textbox', { name: words.city.name, exact: true }).inputValue()).toBe('Baltimore');
    await page.getByRole('button', { name: words.action.save }).click();
    await page.waitForURL(/#\/cities\/\d+\/show$/);

    await openFromMenu(admin, 'users');
    for (const account of [COORDINATOR, LEADERSHIP]) await page.getByText(account.fullName).first().waitFor();
    await saveLastScreen(page, variant, 'admin');
  });

  it('the coordinator lands on their region, adds a city from the gazetteer, signs a partnership on the board and counts one more', async () => {
    coordinator = await arrive(variant.language, COORDINATOR);
    const { page, words, phone } = coordinator;
    await page.getByRole('heading', { level: 1, name: words.westernAfrica }).waitFor();
    const before = await countedFigure(coordinator);

    await openFromMenu(coordinator, 'cities');
    await page.getByRole('link', { name: words.action.create, exact: true }).click();
    await pickFromAutocomplete(page, page.getByRole('combobox', { name: words.city.lookup }), 'Kumasi', /^Kumasi, Ghana/);
    expect(await page.getByRole('textbox', { name: words.city.name, exact: true }).inputValue()).toBe('Kumasi');
    await page.getByText(words.city.derivedRegion).waitFor();
    await page.getByRole('button', { name: words.action.save }).click();
    await page.waitForURL(/#\/cities\/\d+\/show$/);

    await openFromMenu(coordinator, 'partnerships');
    await page.getByRole('link', { name: words.action.create, exact: true }).click();
    await pickFromAutocomplete(page, page.getByRole('combobox', { name: words.partnership.africanCity }), 'Kumasi', /^Kumasi, Ghana$/);
    await pickFromAutocomplete(page, page.getByRole('combobox', { name: words.partnership.usCity }), 'Baltimore', /^Baltimore, MD$/);
    await page.getByRole('button', { name: words.action.save }).click();
    await page.waitForURL(/#\/partnerships\/\d+\/show$/);
    const { hash } = new URL(page.url());
    partnership = { id: /partnerships\/(\d+)/.exec(hash)![1]!, show: `${origin}/${hash}` };
    await page.getByRole('heading', { level: 1, name: PAIR, exact: true }).waitFor();

    await openFromMenu(coordinator, 'board');
    const { asOf } = (await (await page.request.get(`${origin}/api/stats/progress`)).json()) as { asOf: string };
    if (phone) {
      // A phone shows one stage at a time, and "Move to…" moves a card.
      await page.getByRole('tab', { name: words.board.stageTab('prospect') }).waitFor();
      await page.getByRole('button', { name: words.board.moveLabel(PAIR) }).click();
      await page.getByRole('menuitem', { name: words.board.signedStage, exact: true }).click();
    } else {
      // With the mouse: a keyboard drag (Space, arrows) goes no further than the last column in
      // view, and at this width Signed is out of view.
      const card = page.getByRole('region', { name: words.board.stageColumn('prospect') }).getByRole('article', { name: PAIR });
      await dragToColumn(page, card, page.getByRole('region', { name: words.board.stageColumn('signed') }));
    }
    const dialog = page.getByRole('dialog', { name: words.board.moveTitle });
    await dialog.getByLabel(words.board.signedOn).fill(dayBefore(asOf));
    await dialog.getByRole('button', { name: words.board.confirm, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(words.board.moved(PAIR)).waitFor();
    if (phone) await page.getByRole('tab', { name: words.board.stageTab('signed') }).click();
    await page.getByRole('region', { name: words.board.stageColumn('signed') }).getByRole('article', { name: PAIR }).waitFor();

    await openFromMenu(coordinator, 'home');
    await expectCounted(coordinator, before + 1);
    countedAfterSigning = before + 1;
    await saveLastScreen(page, variant, 'coordinator');
  });

  it('leadership sees the new figure, finds no way to change anything, and the API refuses its writes', async () => {
    const leadership = await arrive(variant.language, LEADERSHIP);
    const { page, words, phone } = leadership;
    // Leadership's home is the progress dashboard.
    await expectCounted(leadership, countedAfterSigning);

    for (const list of ['partnerships', 'cities', 'users'] as const) {
      await openFromMenu(leadership, list);
      await page.getByRole('button', { name: words.action.export }).waitFor();
      await page.getByText(list === 'users' ? LEADERSHIP.fullName : 'Kumasi').first().waitFor();
      expect(await page.getByRole('link', { name: words.action.create, exact: true }).count()).toBe(0);
      expect(await page.getByRole('checkbox', { name: words.action.selectRow }).count()).toBe(0);
    }

    await page.goto(partnership.show);
    await page.getByRole('heading', { level: 1, name: PAIR, exact: true }).waitFor();
    expect(await changeControls(leadership)).toEqual([]);
    // The edit form's address, typed by hand, is refused too.
    await page.goto(partnership.show.replace(/\/show$/, ''));
    await page.waitForURL(/#\/access-denied$/);
    expect(await page.getByRole('button', { name: words.action.save }).count()).toBe(0);

    await page.goto(partnership.show);
    await page.getByRole('heading', { level: 1, name: PAIR, exact: true }).getByRole('link', { name: 'Kumasi' }).click();
    await page.waitForURL(/#\/cities\/\d+\/show$/);
    await page.getByText(words.westernAfrica).first().waitFor();
    expect(await changeControls(leadership)).toEqual([]);

    await openFromMenu(leadership, 'board');
    await page.getByText(words.board.readOnly).waitFor();
    if (phone) await page.getByRole('tab', { name: words.board.stageTab('signed') }).click();
    const signed = page.getByRole('region', { name: words.board.stageColumn('signed') });
    const card = signed.getByRole('article', { name: PAIR });
    await card.waitFor();
    expect(await page.getByRole('button', { name: words.board.moveLabel(PAIR) }).count()).toBe(0);
    if (!phone) {
      // The drag that moved it for the coordinator moves nothing for leadership.
      const active = page.getByRole('region', { name: words.board.stageColumn('active') });
      await active.scrollIntoViewIfNeeded();
      await dragToColumn(page, card, active);
      await card.waitFor();
    }

    const { id } = partnership;
    const before = await storedPartnership(leadership);
    const refusals = await Promise.all([
      page.request.put(`${origin}/api/partnerships/${id}`, { data: { ...before, nextStep: 'Leadership was here' } }),
      page.request.delete(`${origin}/api/partnerships/${id}`, { headers: { 'If-Match': `"${before.version}"` } }),
      page.request.post(`${origin}/api/cities`, { data: { name: 'Accra', country: 'GH' } }),
      page.request.post(`${origin}/api/users`, { data: { ...LEADERSHIP, email: 'another@sistercities.example', role: 'admin' } }),
    ]);
    const forbidden = { status: 403, message: 'app.auth.forbidden' };
    expect(await Promise.all(refusals.map(async (answer) => ({ status: answer.status(), message: ((await answer.json()) as { message: string }).message })))).toEqual([forbidden, forbidden, forbidden, forbidden]);
    expect(await storedPartnership(leadership)).toEqual(before);
    // Nothing leadership did in the app sent a write either.
    expect(leadership.writes).toEqual([]);
    await saveLastScreen(page, variant, 'leadership');
  });

  it('two people save the same partnership: the second is refused with its input kept, and saves after reloading the newer version', async () => {
    const [first, second] = [admin, coordinator];
    const { version } = await storedPartnership(first);
    for (const person of [first, second]) {
      await person.page.goto(partnership.show);
      await person.page.getByRole('link', { name: person.words.action.edit, exact: true }).click();
      await nextStep(person).waitFor();
    }
    const [firstValue, secondValue] = ['Call the mayor of Baltimore', 'Send Kumasi the delegation dates'];
    await nextStep(first).fill(firstValue);
    await nextStep(second).fill(secondValue);

    await first.page.getByRole('button', { name: first.words.action.save }).click();
    await first.page.waitForURL(/\/show$/);
    await first.page.getByText(firstValue, { exact: true }).waitFor();

    const { page, words } = second;
    await page.getByRole('button', { name: words.action.save }).click();
    await page.getByRole('alert').filter({ hasText: words.conflict }).waitFor();
    expect(page.url()).not.toMatch(/\/show$/);
    expect(await nextStep(second).inputValue()).toBe(secondValue);

    // Reloading shows the newer version; typed again over it, the change saves.
    await page.reload();
    await expect.poll(() => nextStep(second).inputValue(), { timeout: 10_000 }).toBe(firstValue);
    await nextStep(second).fill(secondValue);
    await page.getByRole('button', { name: words.action.save }).click();
    await page.waitForURL(/\/show$/);
    await page.getByText(secondValue, { exact: true }).scrollIntoViewIfNeeded();
    // Both saves kept, in order: nothing was overwritten unseen.
    expect(await storedPartnership(second)).toMatchObject({ nextStep: secondValue, version: version + 2 });
    await saveLastScreen(page, variant, 'conflict');
  });

  it('made no request outside its own origin and logged no error but the refused save', () => {
    expect(people.flatMap((person) => person.watch.foreignRequests)).toEqual([]);
    expect(people.flatMap((person) => person.watch.errors).filter((error) => !refusedSave(error))).toEqual([]);
    expect(coordinator.watch.errors.filter(refusedSave)).toHaveLength(1);
  });
});
