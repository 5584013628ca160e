import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Condition, ListQuery, Scalar } from '../../../src/domain';
import type { Database } from '../../db/schema';
import { compareWith, whereList } from '../../lib/listSql';

type FieldCondition = Exclude<Condition, { op: 'search' }>;
const always = () => sql<SqlBool>`1 = 1`;
const never = () => sql<SqlBool>`1 = 0`;

/** The truth values a condition on a boolean accepts (`stalled_gte: false` accepts both). */
function acceptedBooleans(condition: FieldCondition): Set<boolean> {
  const accepts = (value: boolean) => {
    const compare = (wanted: Scalar) => Number(value) - Number(wanted);
    switch (condition.op) {
      case 'eq':
        return compare(condition.value) === 0;
      case 'in':
        return condition.value.some((wanted) => compare(wanted) === 0);
      case 'gte':
        return compare(condition.value) >= 0;
      case 'lte':
        return compare(condition.value) <= 0;
    }
  };
  return new Set([true, false].filter(accepts));
}

type PartnershipsEb = ExpressionBuilder<Database, 'partnerships'>;

/** Stalled today ⇔ `stalledAfter < today` (see stalledAfterOf): an indexed comparison. */
function stalledCondition(eb: PartnershipsEb, condition: FieldCondition, today: string): Expression<SqlBool> {
  const accepted = acceptedBooleans(condition);
  if (accepted.size === 2) return always();
  if (accepted.size === 0) return never();
  if (accepted.has(true)) return eb('stalledAfter', '<', today);
  return eb.or([eb('stalledAfter', 'is', null), eb('stalledAfter', '>=', today)]);
}

/** The WHERE of a partnerships list, with the fields that are not plain columns. */
export const wherePartnerships = (query: ListQuery, today: string) =>
  whereList<Database, 'partnerships'>('partnerships', query.conditions, {
    special: {
      // Either of its two cities.
      cityId: (eb, condition) => eb.or([compareWith(eb, 'africanCityId', condition), compareWith(eb, 'usCityId', condition)]),
      stalled: (eb, condition) => stalledCondition(eb, condition, today),
      // Holds any of the areas: the join table answers from its (focusArea, partnershipId) index.
      focusAreas: (eb, condition) =>
        eb.exists(
          eb
            .selectFrom('partnershipFocusAreas as fa')
            .select('fa.partnershipId')
            .whereRef('fa.partnershipId', '=', 'partnerships.id')
            .where((inner) => compareWith(inner, 'fa.focusArea', condition)),
        ),
    },
  });
