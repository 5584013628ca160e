import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Condition, ListQuery } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import type { Database } from '../../db/schema';
import { compareWith, type CountQuery } from '../../lib/listSql';

/*
 * The focus-area filter (decision 032). The join table's rows carry copies of their
 * partnership's stage and region, kept by triggers (migration 2026-12-05T15-00_search-indexes),
 * under the index (focusArea, stage, region, partnershipId): the query's own conditions on
 * those narrow the range the index reads, and a count needs no partnership at all.
 */

type FieldCondition = Exclude<Condition, { op: 'search' }>;
type PartnershipsEb = ExpressionBuilder<Database, 'partnerships'>;

/** The join table's column that answers a condition of the list as the partnership would. */
const COPIED: Record<string, 'focusArea' | 'stage' | 'region'> = { focusAreas: 'focusArea', stage: 'stage', region: 'region' };

const stageOrRegion = (query: ListQuery) =>
  query.conditions.filter((c): c is FieldCondition => c.op !== 'search' && (c.field === 'stage' || c.field === 'region'));

/** The query names a stage or a region: the list then walks that slice of its own index, in its order. */
export const asksStageOrRegion = (query: ListQuery) => stageOrRegion(query).length > 0;

/**
 * Holds any of the areas. Within a stage or region, the ids the index gives for that slice are
 * gathered once and each row of the slice is tested against them (`+` keeps SQLite from driving
 * by them and sorting all); without, each row in the list's order asks its own areas, so a
 * first page stops early.
 */
export function focusAreaCondition(eb: PartnershipsEb, condition: FieldCondition, query: ListQuery): Expression<SqlBool> {
  const copied = stageOrRegion(query);
  if (copied.length === 0) {
    return eb.exists(
      eb
        .selectFrom('partnershipFocusAreas as fa')
        .select('fa.partnershipId')
        .whereRef('fa.partnershipId', '=', 'partnerships.id')
        .where((inner) => compareWith(inner, 'fa.focusArea', condition)),
    );
  }
  const holders = eb
    .selectFrom('partnershipFocusAreas as fa')
    .select('fa.partnershipId')
    .where((inner) => inner.and([compareWith(inner, 'fa.focusArea', condition), ...copied.map((c) => compareWith(inner, `fa.${COPIED[c.field]}`, c))]));
  return eb(sql`+${sql.ref('partnerships.id')}`, 'in', holders);
}

/**
 * How many partnerships hold the areas, counted in the join table's index alone: when the
 * query asks one focus-area condition and otherwise only stage and region. Null when another
 * condition needs the partnerships' rows.
 */
export function focusAreaCount(db: DbOrTx, query: ListQuery): CountQuery | null {
  const conditions = query.conditions.filter((c): c is FieldCondition => c.op !== 'search' && Object.hasOwn(COPIED, c.field));
  const areas = conditions.filter((condition) => condition.field === 'focusAreas');
  if (areas.length !== 1 || conditions.length !== query.conditions.length) return null;
  const area = areas[0]!;
  // One area is one row per partnership (the primary key); several may be two rows of one.
  const onePerPartnership = area.op === 'eq' || (area.op === 'in' && new Set(area.value).size <= 1);
  const count = db
    .selectFrom('partnershipFocusAreas')
    .select((eb) => (onePerPartnership ? eb.fn.countAll() : eb.fn.count('partnershipId').distinct()).as('total'))
    .where((eb) => eb.and(conditions.map((condition) => compareWith(eb, COPIED[condition.field]!, condition))));
  return count as unknown as CountQuery;
}
