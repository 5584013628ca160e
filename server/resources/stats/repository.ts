import type { ExpressionBuilder } from 'kysely';
import {
  addYears,
  AU_REGIONS,
  countsTowardGoal,
  isAuRegion,
  settingsSchema,
  STAGES,
  windowEnd,
  type FocusArea,
  type Settings,
  type Stage,
} from '../../../src/domain';
import type { DbOrTx } from '../../db/client';
import type { Database } from '../../db/schema';
import { emptyTallies, type Tallies } from './tallies';

type Partnerships = ExpressionBuilder<Database, 'partnerships'>;

export async function readSettings(db: DbOrTx): Promise<Settings> {
  const row = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return settingsSchema.parse({ ...row, milestones: JSON.parse(row.milestones) as unknown });
}

/** The stages that count, asked of the domain's one definition rather than written again here. */
const countedStages = (settings: Settings): Stage[] =>
  STAGES.filter((stage) => countsTowardGoal({ cohort: '500in5', stage, signedAt: settings.startDate }, settings));

/** countsTowardGoal as a WHERE: the 500in5 cohort, a counted stage, signed inside the window. */
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

/**
 * Counted partnerships by region, initiative year and set of focus areas (the JSON copy the
 * API shows, so a partnership counts in each of its areas exactly as computeProgress counts
 * it): a few hundred groups at most, read from the partnerships_goal index alone.
 */
const countedGroups = (db: DbOrTx, settings: Settings) =>
  db
    .selectFrom('partnerships')
    .select((eb) => ['region', yearOfSignature(eb, settings).as('initiativeYear'), 'focusAreas', eb.fn.countAll<number>().as('n')])
    .where(counted(settings))
    .groupBy(['region', 'initiativeYear', 'focusAreas'])
    .execute();

const countedCitiesByRegion = (db: DbOrTx, settings: Settings) =>
  db
    .selectFrom('partnerships')
    .select((eb) => ['region', eb.fn.count<number>('africanCityId').distinct().as('n')])
    .where(counted(settings))
    .groupBy('region')
    .execute();

const newCohortByStageAndRegion = (db: DbOrTx) =>
  db
    .selectFrom('partnerships')
    .select((eb) => ['stage', 'region', eb.fn.countAll<number>().as('n')])
    .where('cohort', '=', '500in5')
    .groupBy(['stage', 'region'])
    .execute();

/**
 * Stalled partnerships per region: `stalledAfter < today` is isStalled (the partnerships keep
 * stalledAfter so). One count per region in a single pass over the index, without GROUP BY,
 * which would tempt SQLite's planner into a region-ordered scan of the whole table.
 */
async function stalledByRegion(db: DbOrTx, today: string) {
  const row = await db
    .selectFrom('partnerships')
    .select((eb) => AU_REGIONS.map((region) => eb.fn.count<number>(eb.case().when('region', '=', region).then(eb.lit(1)).end()).as(region)))
    .where('stalledAfter', '<', today)
    .executeTakeFirstOrThrow();
  return row as Record<string, number | string>;
}

/** Everything the progress figures are made of, per AU region, counted by the database. */
export async function talliesFromDatabase(db: DbOrTx, settings: Settings, today: string): Promise<Tallies> {
  const [groups, cities, stages, stalled] = await Promise.all([
    countedGroups(db, settings),
    countedCitiesByRegion(db, settings),
    newCohortByStageAndRegion(db),
    stalledByRegion(db, today),
  ]);
  const tallies = emptyTallies(settings);
  for (const { region, initiativeYear, focusAreas, n } of groups) {
    if (!isAuRegion(region)) continue;
    tallies[region].countedByYear[Number(initiativeYear) - 1]! += Number(n);
    for (const area of JSON.parse(focusAreas) as FocusArea[]) {
      if (area in tallies[region].byFocusArea) tallies[region].byFocusArea[area] += Number(n);
    }
  }
  for (const { region, n } of cities) if (isAuRegion(region)) tallies[region].africanCities = Number(n);
  for (const { stage, region, n } of stages) {
    if (isAuRegion(region) && stage in tallies[region].byStage) tallies[region].byStage[stage as Stage] = Number(n);
  }
  for (const region of AU_REGIONS) tallies[region].stalled = Number(stalled[region] ?? 0);
  return tallies;
}
