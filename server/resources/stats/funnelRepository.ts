import { sql } from 'kysely';
import { FUNNEL_STAGES, funnelFromGroups, type Funnel, type FunnelScope, type Stage, type StayGroup } from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';

/**
 * The stage funnel (decision 028) as the database reads it: each move's next move by LEAD over
 * the partnership's history (by `at`, then id: moves of one instant in the order written), moves
 * after today unknown; the stays begun in the period, grouped by stage, next stage and whole
 * days, so the domain reads conversions and exact medians from a few rows.
 */
export async function funnelOf(db: DbOrTx, scope: FunnelScope, today: string): Promise<Funnel> {
  const day = sql<string>`substr(${sql.ref('h.at')}, 1, 10)`;
  const following = sql`over (partition by ${sql.ref('h.partnershipId')} order by ${sql.ref('h.at')}, ${sql.ref('h.id')})`;
  const rows = await db
    .with('moves', (qb) =>
      qb
        .selectFrom('stageHistory as h')
        .innerJoin('partnerships as p', 'p.id', 'h.partnershipId')
        .select([
          'h.stage',
          day.as('start'),
          sql<string | null>`lead(${sql.ref('h.stage')}) ${following}`.as('next'),
          sql<string | null>`lead(${day}) ${following}`.as('nextStart'),
        ])
        .where(day, '<=', today)
        .$if(scope.region !== null, (q) => q.where('p.region', '=', scope.region!))
        .$if(scope.cohort !== null, (q) => q.where('p.cohort', '=', scope.cohort!)),
    )
    .with('stays', (qb) =>
      qb
        .selectFrom('moves')
        .select(['stage', 'next', wholeDays(db).as('days')])
        .where('start', '>=', scope.from)
        .where('start', '<=', scope.to)
        .where('stage', 'in', [...FUNNEL_STAGES]),
    )
    .selectFrom('stays')
    .select((eb) => ['stage', 'next', 'days', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['stage', 'next', 'days'])
    .execute();
  const groups: StayGroup[] = rows.map((row) => ({
    stage: row.stage as Stage,
    next: row.next as Stage | null,
    days: Number(row.days),
    n: Number(row.n),
  }));
  return funnelFromGroups(groups, scope);
}

/** Whole days from a stay's first day to the next move's (0 while it lasts: only ended stays make the median). */
function wholeDays(db: DbOrTx) {
  const [start, nextStart] = [sql.ref('start'), sql.ref('nextStart')];
  const between =
    dialectOf(db) === 'postgres'
      ? sql`cast(${nextStart} as date) - cast(${start} as date)`
      : sql`cast(julianday(${nextStart}) - julianday(${start}) as integer)`;
  return sql<number>`case when ${nextStart} is null then 0 else ${between} end`;
}
