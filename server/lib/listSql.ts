import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { dialectOf, type DbOrTx, type Dialect } from '../db/client';
import type { Database } from '../db/schema';
import { createRevisionCache } from './revisionCache';
import { addDays, LIST_SPECS, type Condition, type FieldSpec, type ListQuery, type ListResource, type Scalar } from '../../src/domain';

/** How a resource's list answers the fields that are not plain columns of its table. */
export interface ListSqlHooks<DB, TB extends keyof DB> {
  /** Text search folds only A–Z on both databases: PostgreSQL needs the C collation for that. */
  dialect?: Dialect;
  /** `many` fields and derived ones (e.g. a partnership's cityId, stalled). */
  special?: Record<string, (eb: ExpressionBuilder<DB, TB>, condition: FieldCondition) => Expression<SqlBool>>;
}

const toSql = (spec: FieldSpec, value: Scalar) => (spec.type === 'bool' ? (value ? 1 : 0) : value);
const never = () => sql<SqlBool>`1 = 0`;
/** A–Z folded, nothing else: what SQLite's lower() and LIKE do, so every backend finds alike (decision 009). */
const foldAsciiCase = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
type FieldCondition = Exclude<Condition, { op: 'search' }>;

/**
 * A column against one filter condition: equal, any of, or a bound. Used for the values of
 * `many` fields, each held in a join table (an empty "any of" matches nothing, as in the mock).
 */
export function compareWith<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, column: string, condition: FieldCondition): Expression<SqlBool> {
  const ref = eb.ref(column as never);
  switch (condition.op) {
    case 'eq':
      return eb(ref, '=', condition.value as never);
    case 'in':
      return condition.value.length > 0 ? eb(ref, 'in', condition.value as never) : never();
    case 'gte':
      return eb(ref, '>=', condition.value as never);
    case 'lte':
      return eb(ref, '<=', condition.value as never);
  }
}

/**
 * The WHERE of a list, from the parsed query (src/domain/listQuery.ts): the same meaning as
 * the mock API's, which the contract suite checks. Dates compare on their day.
 */
export function whereList<DB, TB extends keyof DB>(
  resource: ListResource,
  conditions: Condition[],
  hooks: ListSqlHooks<DB, TB> = {},
) {
  const spec = LIST_SPECS[resource];
  return (eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> => {
    const column = (field: string) => eb.ref(field as never);
    const parts = conditions.map((condition): Expression<SqlBool> => {
      if (condition.op === 'search') {
        const needle = `%${foldAsciiCase(condition.value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const folded = (field: string) =>
          hooks.dialect === 'postgres' ? sql`lower(${column(field)} collate "C")` : sql`lower(${column(field)})`;
        return eb.or(spec.search.map((field) => sql<SqlBool>`${folded(field)} like ${needle} escape '\\'`));
      }
      const special = hooks.special?.[condition.field];
      if (special) return special(eb, condition);
      const fieldSpec = (spec.fields as Record<string, FieldSpec>)[condition.field]!;
      const ref = column(condition.field);
      if (fieldSpec.type === 'date') {
        const day = String(condition.value).slice(0, 10);
        if (condition.op === 'gte') return eb(ref, '>=', day as never);
        if (condition.op === 'lte') return eb(ref, '<', addDays(day, 1) as never);
        const days = condition.op === 'in' ? condition.value.map((v) => String(v).slice(0, 10)) : [day];
        return eb.or(days.map((d) => eb.and([eb(ref, '>=', d as never), eb(ref, '<', addDays(d, 1) as never)])));
      }
      switch (condition.op) {
        case 'eq':
          return eb(ref, '=', toSql(fieldSpec, condition.value) as never);
        case 'in':
          // An empty "any of" matches nothing, as in the mock (and `IN ()` is no SQL).
          return condition.value.length > 0 ? eb(ref, 'in', condition.value.map((v) => toSql(fieldSpec, v)) as never) : never();
        case 'gte':
          return eb(ref, '>=', toSql(fieldSpec, condition.value) as never);
        case 'lte':
          return eb(ref, '<=', toSql(fieldSpec, condition.value) as never);
      }
    });
    return eb.and(parts);
  };
}

/**
 * ORDER BY as the mock sorts (decision 009): nulls last either way, ties by id in the same
 * direction, and text by its
 * code points with only A–Z folded to a–z — the one order SQLite, PostgreSQL (C collation)
 * and JavaScript all compute alike, whatever the server's locale.
 */
export function orderList<QB extends { orderBy(expression: RawBuilder<unknown>): QB }>(
  builder: QB,
  resource: ListResource,
  query: ListQuery,
  dialect: Dialect = 'sqlite',
): QB {
  const spec = (LIST_SPECS[resource].fields as Record<string, FieldSpec>)[query.sort.field];
  const field = sql.ref(query.sort.field);
  const direction = sql.raw(query.sort.order === 'ASC' ? 'asc' : 'desc');
  const textKey = dialect === 'postgres' ? sql`lower(${field} collate "C") collate "C"` : sql`lower(${field})`;
  const value = spec?.type === 'text' ? textKey : field;
  // `nulls last` rather than an `is null` term, and ties by id in the same direction: an index
  // on the column (which ends with the row's id) then gives the whole order, with no sort step.
  return builder.orderBy(sql`${value} ${direction} nulls last`).orderBy(sql`${sql.ref('id')} ${direction}`);
}

/** The Content-Range header ra-data-simple-rest reads: `cities 0-24/319`. */
export function contentRange(resource: string, start: number, count: number, total: number) {
  const end = count > 0 ? start + count - 1 : start;
  return count > 0 ? `${resource} ${start}-${end}/${total}` : `${resource} */${total}`;
}

/**
 * Counts the rows a list matches, for Content-Range. The count is kept until the next write:
 * an exact count(*) over a large filter costs more than the page itself (at 500,000
 * partnerships, ~1 ms against ~0.1 ms), and every page of the same filter asks for it again.
 */
export function createRowCounter(db: DbOrTx, maxEntries = 1000) {
  const cached = createRevisionCache<number>(db, maxEntries);
  return (query: SelectQueryBuilder<Database, never, { total: number | string | bigint }>): Promise<number> => {
    const { sql: text, parameters } = query.compile();
    return cached(`${text}\u0000${JSON.stringify(parameters)}`, async () => Number((await query.executeTakeFirstOrThrow()).total));
  };
}
export type RowCounter = ReturnType<typeof createRowCounter>;

type ListTable = ListResource & keyof Database;

/** One page of a list as the query asks (where, order, range), and how many rows match in all. */
export async function listPage<T extends ListTable>(
  db: DbOrTx,
  table: T,
  query: ListQuery,
  where: (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>,
  countRows: RowCounter,
): Promise<{ rows: Selectable<Database[T]>[]; total: number; start: number }> {
  const [start, end] = query.range;
  // One table of four: Kysely's types cannot follow a table name that is a type parameter.
  const from = db.selectFrom(table as ListTable) as unknown as SelectQueryBuilder<Database, T, object>;
  const page = orderList(from.selectAll().where(where), table, query, dialectOf(db))
    .limit(end - start + 1)
    .offset(start);
  const rows = (await page.execute()) as unknown as Selectable<Database[T]>[];
  const total = await countRows(from.select((eb) => eb.fn.countAll<number>().as('total')).where(where) as never);
  return { rows, total, start };
}
