import { AU_REGIONS, isAuRegion, type FocusArea, type Settings, type Stage } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { readCountersOn } from '../../lib/progressCounters';
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
