import type { ExpressionBuilder } from 'kysely';
import {
  addYears,
  countsInWindow,
  initiativeYear,
  isAuRegion,
  STAGES,
  windowEnd,
  type FocusArea,
  type Settings,
  type Stage,
} from '../../src/domain';
import { writeTransaction, type DatabaseHandle, type DbOrTx } from '../db/database';
import type { Database } from '../db/schema';
import { readSettings } from './settings';

/**
 * The progress figures as counters kept by every write, in the write's own transaction, so
 * no read counts every partnership afresh on the one event loop (decision 010). Per AU region:
 * - `stage:<stage>`: partnerships of the 500in5 cohort in that stage;
 * - `year:<n>`: partnerships counted in the window (countsInWindow) signed in initiative year n;
 * - `area:<area>`: counted partnerships with that focus area;
 * - `city:<id>`: counted partnerships of that African city (the distinct cities are those > 0).
 * What a write alone decides: a signing day still to come is taken off when the counters are
 * read (readCountersOn), so the one definition of what counts stays countsTowardGoal; the
 * stats tests hold the figures to computeProgress after every kind of write.
 */
export interface CountedFacts {
  cohort: string;
  stage: string;
  signedAt: string | null;
  region: string;
  africanCityId: number;
  focusAreas: readonly string[];
}

const SEPARATOR = '\u0000';

/** Only the start and the length of the window change what is counted where. */
export const settingsKeyOf = (settings: Settings) => `${settings.startDate} ${settings.years}`;

/** The counters one partnership adds one to (an area listed twice counts twice, as in computeProgress). */
export function countersOf(p: CountedFacts, settings: Settings): string[] {
  if (p.cohort !== '500in5' || !isAuRegion(p.region)) return [];
  const keys = [`stage:${p.stage}`];
  if (countsInWindow({ cohort: p.cohort, stage: p.stage as Stage, signedAt: p.signedAt }, settings)) {
    keys.push(`year:${initiativeYear(p.signedAt!, settings)}`, `city:${p.africanCityId}`, ...p.focusAreas.map((area) => `area:${area}`));
  }
  return keys.map((key) => `${p.region}${SEPARATOR}${key}`);
}

async function addToCounters(tx: DbOrTx, delta: ReadonlyMap<string, number>) {
  for (const [regionKey, n] of delta) {
    if (n === 0) continue;
    const [region, key] = regionKey.split(SEPARATOR) as [string, string];
    await tx
      .insertInto('progressCounts')
      .values({ region, key, n })
      .onConflict((conflict) => conflict.columns(['region', 'key']).doUpdateSet((eb) => ({ n: eb('progressCounts.n', '+', eb.ref('excluded.n')) })))
      .execute();
  }
}

/**
 * Folds into the counters what the triggers noted of this transaction's partnership changes
 * (the progress-journal migration), and empties the journal: the write path does it before
 * every commit. Counters built for other settings are left alone: they are rebuilt before
 * they are next read. `delete … returning` claims the rows, so two PostgreSQL transactions
 * never fold the same row.
 */
export async function settleProgressJournal(tx: DbOrTx): Promise<void> {
  const noted = await tx.deleteFrom('progressJournal').returningAll().execute();
  if (noted.length === 0) return;
  const settings = await readSettings(tx);
  if (!(await countersAreFor(tx, settings))) return;
  const delta = new Map<string, number>();
  for (const { sign, focusAreas, ...facts } of noted) {
    for (const key of countersOf({ ...facts, focusAreas: JSON.parse(focusAreas) as string[] }, settings)) {
      delta.set(key, (delta.get(key) ?? 0) + Number(sign));
    }
  }
  await addToCounters(tx, delta);
}

type Partnerships = ExpressionBuilder<Database, 'partnerships'>;

const countedStages = (settings: Settings): Stage[] =>
  STAGES.filter((stage) => countsInWindow({ cohort: '500in5', stage, signedAt: settings.startDate }, settings));

/** countsInWindow as a WHERE: the 500in5 cohort, a counted stage, signed inside the window. */
const counted = (settings: Settings) => (eb: Partnerships) =>
  eb.and([
    eb('cohort', '=', '500in5'),
    eb('stage', 'in', countedStages(settings)),
    eb('signedAt', '>=', settings.startDate),
    eb('signedAt', '<', windowEnd(settings)),
  ]);

/** initiativeYear as a CASE over the settings' year boundaries, for dates inside the window. */
function yearOfSignature(eb: Partnerships, settings: Settings) {
  let expression = eb.case().when('signedAt', '<', addYears(settings.startDate, 1)).then(eb.lit<number>(1));
  for (let year = 2; year < settings.years; year++) {
    expression = expression.when('signedAt', '<', addYears(settings.startDate, year)).then(eb.lit(year));
  }
  return expression.else(eb.lit(settings.years)).end();
}

/** Every counter counted afresh by the database (GROUP BY over the covering indexes). */
async function countAll(tx: DbOrTx, settings: Settings): Promise<Map<string, number>> {
  const [stages, groups, cities] = await Promise.all([
    tx
      .selectFrom('partnerships')
      .select((eb) => ['region', 'stage', eb.fn.countAll<number>().as('n')])
      .where('cohort', '=', '500in5')
      .groupBy(['region', 'stage'])
      .execute(),
    tx
      .selectFrom('partnerships')
      .select((eb) => ['region', yearOfSignature(eb, settings).as('year'), 'focusAreas', eb.fn.countAll<number>().as('n')])
      .where(counted(settings))
      .groupBy(['region', 'year', 'focusAreas'])
      .execute(),
    tx
      .selectFrom('partnerships')
      .select((eb) => ['region', 'africanCityId', eb.fn.countAll<number>().as('n')])
      .where(counted(settings))
      .groupBy(['region', 'africanCityId'])
      .execute(),
  ]);
  const counts = new Map<string, number>();
  const add = (region: string, key: string, n: unknown) => {
    if (!isAuRegion(region)) return;
    const regionKey = `${region}${SEPARATOR}${key}`;
    counts.set(regionKey, (counts.get(regionKey) ?? 0) + Number(n));
  };
  for (const { region, stage, n } of stages) add(region, `stage:${stage}`, n);
  for (const { region, year, focusAreas, n } of groups) {
    add(region, `year:${Number(year)}`, n);
    for (const area of JSON.parse(focusAreas) as FocusArea[]) add(region, `area:${area}`, n);
  }
  for (const { region, africanCityId, n } of cities) add(region, `city:${africanCityId}`, n);
  return counts;
}

/** Whether the counters were built for these settings (and so have been kept since). */
export async function countersAreFor(db: DbOrTx, settings: Settings): Promise<boolean> {
  const state = await db.selectFrom('progressCountsState').select('settingsKey').where('id', '=', 1).executeTakeFirst();
  return state?.settingsKey === settingsKeyOf(settings);
}

/**
 * Builds the counters from scratch, for the current settings: after the migration that adds
 * them, a change of the initiative's window, or a bulk load (seeding). Several instances may
 * try at once: the write lock makes them take turns, and the later ones find the work done.
 */
export async function rebuildCounters(handle: Pick<DatabaseHandle, 'db' | 'dialect'>, settings: Settings, force = false): Promise<void> {
  await writeTransaction(handle, (tx) => rebuildCountersIn(tx, settings, force));
}

export async function rebuildCountersIn(tx: DbOrTx, settings: Settings, force = true): Promise<void> {
  if (!force && (await countersAreFor(tx, settings))) return;
  const counts = await countAll(tx, settings);
  await tx.deleteFrom('progressCounts').execute();
  const rows = [...counts].map(([regionKey, n]) => {
    const [region, key] = regionKey.split(SEPARATOR) as [string, string];
    return { region, key, n };
  });
  for (let start = 0; start < rows.length; start += 1000) await tx.insertInto('progressCounts').values(rows.slice(start, start + 1000)).execute();
  await tx.deleteFrom('progressCountsState').execute();
  await tx.insertInto('progressCountsState').values({ id: 1, settingsKey: settingsKeyOf(settings) }).execute();
  // What the journal noted is in the fresh count.
  await tx.deleteFrom('progressJournal').execute();
}

/**
 * The counters as `today` reads them: as kept, less what the partnerships signed after today
 * add (dates stored before they were checked; found through the cohort and signing-date
 * index), so they give countsTowardGoal's count (decision 014).
 */
export async function readCountersOn(db: DbOrTx, settings: Settings, today: string): Promise<Array<{ region: string; key: string; n: number }>> {
  const [kept, toCome] = await Promise.all([
    readCounters(db),
    db
      .selectFrom('partnerships')
      .select(['cohort', 'stage', 'signedAt', 'region', 'africanCityId', 'focusAreas'])
      .where(counted(settings))
      .where('signedAt', '>', today)
      .execute(),
  ]);
  if (toCome.length === 0) return kept;
  const less = new Map<string, number>();
  for (const row of toCome) {
    // Its stage stays in the pipeline figures: only what it adds to the count waits for its day.
    const keys = countersOf({ ...row, focusAreas: JSON.parse(row.focusAreas) as string[] }, settings).filter((key) => !key.includes(`${SEPARATOR}stage:`));
    for (const key of keys) less.set(key, (less.get(key) ?? 0) + 1);
  }
  return kept
    .map(({ region, key, n }) => ({ region, key, n: n - (less.get(`${region}${SEPARATOR}${key}`) ?? 0) }))
    .filter(({ n }) => n !== 0);
}

/** The counters as kept: region → key → n (zeros left out). */
export async function readCounters(db: DbOrTx): Promise<Array<{ region: string; key: string; n: number }>> {
  const rows = await db.selectFrom('progressCounts').select(['region', 'key', 'n']).where('n', '<>', 0).execute();
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}
