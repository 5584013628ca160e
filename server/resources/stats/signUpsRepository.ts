import { sql, type RawBuilder } from 'kysely';
import { addDays, SIGNED_STAGES, signUpsFromGroups, signUpUnitOf, type SignUps, type SignUpsScope, type SignUpUnit } from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';

/**
 * The sign-ups of a period (issue 14) as the database counts them: one GROUP BY on the week
 * (or month) each inquiry was made in, with what became of it since, so the domain fills in
 * the empty weeks and reads the totals and rates from a few dozen rows.
 */
export async function signUpsOf(db: DbOrTx, scope: SignUpsScope): Promise<SignUps> {
  const unit = signUpUnitOf(scope.from, scope.to);
  const converted = sql<boolean>`${sql.ref('i.status')} = ${'converted'}`;
  const prospect = sql<boolean>`${converted} and ${sql.ref('p.id')} is not null`;
  const signed = sql<boolean>`${prospect} and (${sql.ref('p.stage')} in (${sql.join([...SIGNED_STAGES])}) or ${sql.ref('p.signedAt')} is not null)`;
  const rows = await db
    .with('madeInPeriod', (qb) =>
      qb
        .selectFrom('inquiries as i')
        .leftJoin('partnerships as p', 'p.id', 'i.partnershipId')
        .select([
          bucketStart(db, unit).as('start'),
          oneIf(converted).as('converted'),
          oneIf(prospect).as('prospect'),
          oneIf(signed).as('signed'),
        ])
        // Instants as ISO text: the day's first instant and the next day's bound the period.
        .where('i.createdAt', '>=', scope.from)
        .where('i.createdAt', '<', addDays(scope.to, 1))
        .$if(scope.region !== null, (q) => q.where((eb) => eb.or([eb('i.region', '=', scope.region!), eb('i.preferredRegion', '=', scope.region!)]))),
    )
    .selectFrom('madeInPeriod')
    .select((eb) => [
      'start',
      eb.fn.countAll<number | string>().as('signUps'),
      eb.fn.sum<number | string>('converted').as('converted'),
      eb.fn.sum<number | string>('prospect').as('prospects'),
      eb.fn.sum<number | string>('signed').as('signed'),
    ])
    .groupBy('start')
    .execute();
  // PostgreSQL's count and sum arrive as text.
  const groups = rows.map((row) => ({
    start: row.start,
    signUps: Number(row.signUps),
    converted: Number(row.converted),
    prospects: Number(row.prospects),
    signed: Number(row.signed),
  }));
  return signUpsFromGroups(groups, scope);
}

const oneIf = (condition: RawBuilder<boolean>) => sql<number>`case when ${condition} then 1 else 0 end`;

/** The first day (YYYY-MM-DD) of the ISO week or the month an inquiry was made in, by its UTC day. */
function bucketStart(db: DbOrTx, unit: SignUpUnit): RawBuilder<string> {
  const day = sql`substr(${sql.ref('i.createdAt')}, 1, 10)`;
  if (unit === 'month') return sql<string>`substr(${sql.ref('i.createdAt')}, 1, 7) || '-01'`;
  return dialectOf(db) === 'postgres'
    ? // A timestamp without time zone: the session's zone never moves the day.
      sql<string>`to_char(date_trunc('week', cast(${day} as timestamp)), 'YYYY-MM-DD')`
    : // The Sunday that ends the week (the day itself on a Sunday), less six days.
      sql<string>`date(${day}, 'weekday 0', '-6 days')`;
}
