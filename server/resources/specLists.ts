import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Condition, ResourceSpec, Scalar } from '../../src/domain';
import type { Database } from '../db/schema';
import { searchKeys } from '../lib/listSql';

/*
 * The SQL of the lists that are not records of the pipeline (the users, the audit log, saved views, the sign-ups), read
 * with the domain's DIRECTORY_LIST_SPECS: equal, any of, bounds and search. They sort with
 * sortTerms (../lib/listSql.ts), as the other lists do.
 */

type Table = 'users' | 'audit' | 'savedViews' | 'inquiries';

/** The WHERE of such a list: equal, any of (an empty list matches nothing), or text search. */
export function whereSpecList<T extends Table>(spec: ResourceSpec, conditions: readonly Condition[]) {
  return (eb: ExpressionBuilder<Database, T>): Expression<SqlBool> =>
    eb.and(
      conditions.map((condition): Expression<SqlBool> => {
        if (condition.op === 'search') return searchKeys(eb, spec.search, condition.value);
        const ref = eb.ref(condition.field as never);
        // Booleans are 0/1 on SQLite: compared as numbers on both databases.
        const value = (v: Scalar) => (typeof v === 'boolean' ? Number(v) : v);
        if (condition.op === 'in') return condition.value.length > 0 ? eb(ref, 'in', condition.value.map(value) as never) : sql<SqlBool>`1 = 0`;
        return eb(ref, condition.op === 'eq' ? '=' : condition.op === 'gte' ? '>=' : '<=', value(condition.value) as never);
      }),
    );
}
