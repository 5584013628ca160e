import { AU_REGIONS, isAuRegion, STAGES, type FocusArea, type ListQuery, type Settings, type Stage, type StageTotals } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { readCountersOn } from '../../lib/progressCounters';
import { filterContextOf, wherePartnerships } from '../partnerships/filters';
import { emptyTallies, type Tallies } from './tallies';

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

/**
 * Everything the progress figures are made of, per AU region: the counters the writes keep
 * (server/lib/progressCounters.ts) as today reads them, and the stalled talks, which depend on today.
 */
export async function talliesFromCounters(db: DbOrTx, settings: Settings, today: string): Promise<Tallies> {
  const [counters, stalled] = await Promise.all([readCountersOn(db, settings, today), stalledByRegion(db, today)]);
  const tallies = emptyTallies(settings);
  for (const { region, key, n } of counters) {
    if (!isAuRegion(region)) continue;
    const tally = tallies[region];
    const [kind, value = ''] = key.split(':');
    if (kind === 'stage' && value in tally.byStage) tally.byStage[value as Stage] += n;
    else if (kind === 'year' && Number(value) >= 1 && Number(value) <= settings.years) tally.countedByYear[Number(value) - 1]! += n;
    else if (kind === 'area' && value in tally.byFocusArea) tally.byFocusArea[value as FocusArea] += n;
    else if (kind === 'city' && n > 0) tally.africanCities += 1;
  }
  for (const region of AU_REGIONS) tallies[region].stalled = Number(stalled[region] ?? 0);
  return tallies;
}

/**
 * The board's column totals: how many partnerships of the list's filter sit in each stage, by
 * the list's own WHERE without its stage condition (the board shows every column), in one GROUP BY.
 */
export async function stageTotals(db: DbOrTx, query: ListQuery, today: string): Promise<StageTotals> {
  const withoutStage = { ...query, conditions: query.conditions.filter((condition) => condition.field !== 'stage') };
  const context = await filterContextOf(db, withoutStage);
  const rows = await db
    .selectFrom('partnerships')
    .select((eb) => ['stage', eb.fn.countAll<number | string>().as('n')])
    .where(wherePartnerships(withoutStage, today, context))
    .groupBy('stage')
    .execute();
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const { stage, n } of rows) if (stage in byStage) byStage[stage as Stage] = Number(n);
  return { total: Object.values(byStage).reduce((sum, n) => sum + n, 0), byStage };
}
