import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Condition, Scalar } from '../../src/domain';

type FieldCondition = Exclude<Condition, { op: 'search' }>;
const always = () => sql<SqlBool>`1 = 1`;
const never = () => sql<SqlBool>`1 = 0`;

/** Ordered as the databases order the field's values: booleans as 0/1, enums as text. */
const compare = (value: Scalar, wanted: Scalar) =>
  typeof value === 'boolean' ? Number(value) - Number(wanted) : String(value) < String(wanted) ? -1 : String(value) > String(wanted) ? 1 : 0;

/** The values of a field with few of them that a condition accepts (`stalled_gte: false` accepts both booleans). */
export function acceptedValues<V extends Scalar>(condition: FieldCondition, candidates: readonly V[]): V[] {
  const accepts = (value: V) => {
    switch (condition.op) {
      case 'eq':
        return compare(value, condition.value) === 0;
      case 'in':
        return condition.value.some((wanted) => compare(value, wanted) === 0);
      case 'gte':
        return compare(value, condition.value) >= 0;
      case 'lte':
        return compare(value, condition.value) <= 0;
    }
  };
  return candidates.filter(accepts);
}

/**
 * A derived field that is no column (stalled, open…): the rows whose value today is one the
 * condition accepts. `candidates` are every value a row may have; `whereValue` gives each
 * value's own WHERE.
 */
export function whereDerived<DB, TB extends keyof DB, V extends Scalar>(
  eb: ExpressionBuilder<DB, TB>,
  condition: FieldCondition,
  candidates: readonly V[],
  whereValue: (value: V) => Expression<SqlBool>,
): Expression<SqlBool> {
  const accepted = acceptedValues(condition, candidates);
  if (accepted.length === candidates.length) return always();
  if (accepted.length === 0) return never();
  return accepted.length === 1 ? whereValue(accepted[0]!) : eb.or(accepted.map(whereValue));
}

/** The two truth values, for whereDerived on a boolean field. */
export const BOOLEANS = [true, false] as const;
