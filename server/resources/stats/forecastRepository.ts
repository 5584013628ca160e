import { sql } from 'kysely';
import {
  COUNTED_STAGES,
  forecastSince,
  sortedGroups,
  windowEnd,
  type ArrivalGroup,
  type AuRegion,
  type ForecastInput,
  type OpenGroup,
  type Settings,
  type SpellGroup,
  type Stage,
} from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';

/**
 * The stays of every 500in5 partnership as its history stood on asOf: each move's next move by
 * LEAD over the history (by `at`, then id), moves after asOf unknown, so the last stay is open.
 */
function staysOn(db: DbOrTx, settings: Settings, asOf: string) {
  const day = sql<string>`substr(${sql.ref('h.at')}, 1, 10)`;
  const order = sql`over (partition by ${sql.ref('h.partnershipId')} order by ${sql.ref('h.at')}, ${sql.ref('h.id')})`;
  const [start, end] = [sql.ref('start'), sql<string>`coalesce(${sql.ref('nextStart')}, ${asOf})`];
  const days =
    dialectOf(db) === 'postgres'
      ? sql<number>`cast(${end} as date) - cast(${start} as date)`
      : sql<number>`cast(julianday(${end}) - julianday(${start}) as integer)`;
  const counted = sql<number>`case when ${sql.ref('signedAt')} >= ${settings.startDate} and ${sql.ref('signedAt')} < ${windowEnd(settings)}
    and ${sql.ref('signedAt')} <= ${asOf} and ${sql.ref('stage')} in (${sql.join([...COUNTED_STAGES])}) then 1 else 0 end`;
  return db
    .with('moves', (qb) =>
      qb
        .selectFrom('stageHistory as h')
        .innerJoin('partnerships as p', 'p.id', 'h.partnershipId')
        .select([
          'p.region',
          'h.stage',
          'p.signedAt',
          day.as('start'),
          sql<string | null>`lead(${sql.ref('h.stage')}) ${order}`.as('next'),
          sql<string | null>`lead(${day}) ${order}`.as('nextStart'),
          sql<number>`row_number() ${order}`.as('position'),
        ])
        .where('p.cohort', '=', '500in5')
        .where(day, '<=', asOf),
    )
    .with('stays', (qb) => qb.selectFrom('moves').select(['region', 'stage', 'next', 'start', 'position', days.as('days'), counted.as('counted')]))
    .selectFrom('stays');
}

/**
 * What the forecast learns from (src/domain/forecast/input.ts), as the database counts it: the
 * same aggregates as forecastInputFrom, in a few grouped rows.
 */
export async function forecastInputOf(db: DbOrTx, settings: Settings, asOf: string): Promise<ForecastInput> {
  const since = forecastSince(settings, asOf);
  const stays = staysOn(db, settings, asOf);
  const [spells, open, arrivals] = await Promise.all([
    stays
      .select((eb) => ['region', 'stage', 'next', 'days', eb.fn.countAll<number | string>().as('n')])
      .where('start', '>=', since)
      .groupBy(['region', 'stage', 'next', 'days'])
      .execute(),
    stays
      .select((eb) => ['region', 'stage', 'days', 'counted', eb.fn.countAll<number | string>().as('n')])
      .where('next', 'is', null)
      .where('stage', 'not in', ['ended', 'closed'])
      .groupBy(['region', 'stage', 'days', 'counted'])
      .execute(),
    stays
      .select((eb) => ['region', 'stage', eb.fn.countAll<number | string>().as('n')])
      .where('position', '=', 1)
      .where('start', '>=', since)
      .groupBy(['region', 'stage'])
      .execute(),
  ]);
  const group = { region: (row: { region: string }) => row.region as AuRegion, stage: (row: { stage: string }) => row.stage as Stage };
  return {
    asOf,
    since,
    spells: sortedGroups<SpellGroup>(
      spells.map((r) => ({ region: group.region(r), stage: group.stage(r), next: r.next as Stage | null, days: Number(r.days), n: Number(r.n) })),
    ),
    open: sortedGroups<OpenGroup>(
      open.map((r) => ({ region: group.region(r), stage: group.stage(r), days: Number(r.days), counted: Number(r.counted) === 1, n: Number(r.n) })),
    ),
    arrivals: sortedGroups<ArrivalGroup>(arrivals.map((r) => ({ region: group.region(r), stage: group.stage(r), n: Number(r.n) }))),
  };
}
