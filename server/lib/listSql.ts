import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DbOrTx } from '../db/database';
import type { Database } from '../db/schema';
import { TOPICS, type Topic } from './revision';
import { createRevisionCache } from './revisionCache';
import {
  addDays,
  foldText,
  keyColumn,
  LIST_SPECS,
  ownField,
  type Condition,
  type FieldSpec,
  type ListQuery,
  type ListResource,
  type ResourceSpec,
  type Scalar,
} from '../../src/domain';

/** How a resource's list answers the fields that are not plain columns of its table. */
export interface ListSqlHooks<DB, TB extends keyof DB> {
  /** `many` fields and derived ones (e.g. a partnership's cityId, stalled). */
  special?: Record<string, (eb: ExpressionBuilder<DB, TB>, condition: FieldCondition) => Expression<SqlBool>>;
  /** The text search (`q`), when an index answers it rather than searchKeys' scan. */
  search?: (eb: ExpressionBuilder<DB, TB>, needle: string) => Expression<SqlBool>;
}

const toSql = (spec: FieldSpec, value: Scalar) => (spec.type === 'bool' ? (value ? 1 : 0) : value);
const never = () => sql<SqlBool>`1 = 0`;
type FieldCondition = Exclude<Condition, { op: 'search' }>;

/**
 * A column against one filter condition: equal, any of, or a bound. Used for the values of
 * `many` fields, each held in a join table (an empty "any of" matches nothing).
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
 * The WHERE of a list, from the parsed query (src/domain/listQuery.ts), with the meaning the
 * contract suite checks. Dates compare on their day.
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
      if (condition.op === 'search') return hooks.search ? hooks.search(eb, condition.value) : searchKeys(eb, spec.search, condition.value);
      const special = hooks.special && Object.hasOwn(hooks.special, condition.field) ? hooks.special[condition.field] : undefined;
      if (special) return special(eb, condition);
      const fieldSpec = ownField(spec.fields, condition.field)!;
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
          // An empty "any of" matches nothing (and `IN ()` is no SQL).
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
 * Text search (`q`): the folded needle inside any of the folded search fields (decision 012),
 * so case and accents never matter and every backend finds the same rows. On PostgreSQL the
 * partnerships' keys have trigram indexes that serve this LIKE (decision 032).
 */
export function searchKeys<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, fields: readonly string[], needle: string): Expression<SqlBool> {
  const pattern = `%${foldText(needle).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return eb.or(fields.map((field) => sql<SqlBool>`${sql.ref(keyColumn(field))} like ${pattern} escape '\\'`));
}

/** Columns every table keeps NOT NULL: no nulls to place. */
const NEVER_NULL = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * ORDER BY a list's sort (decision 012): text by its folded key, compared byte by byte on
 * every backend (the keys are collated "C" on PostgreSQL); nulls last either way; ties by id
 * in the same direction, so an index on the column (which ends with the id) gives the whole
 * order without a sort step. A column that is never null says nothing of nulls: PostgreSQL
 * reads a descending order from an ascending index only as "nulls first" (decision 035).
 */
export function sortTerms(spec: ResourceSpec, { sort }: ListQuery): [RawBuilder<unknown>, RawBuilder<unknown>] {
  const direction = sql.raw(sort.order === 'ASC' ? 'asc' : 'desc');
  const column = ownField(spec.fields, sort.field)?.type === 'text' ? keyColumn(sort.field) : sort.field;
  const nulls = sql.raw(NEVER_NULL.has(column) ? '' : ' nulls last');
  return [sql`${sql.ref(column)} ${direction}${nulls}`, sql`${sql.ref('id')} ${direction}`];
}

/** The Content-Range header ra-data-simple-rest reads: `cities 0-24/319`. */
export function contentRange(resource: string, start: number, count: number, total: number) {
  const end = count > 0 ? start + count - 1 : start;
  return count > 0 ? `${resource} ${start}-${end}/${total}` : `${resource} */${total}`;
}

/**
 * The topics a list's answer reads (decision 034): its own rows, the rows it joins, and those
 * its filters ask about. Partnerships keep copies of their cities, so a city's change moves
 * the partnerships' topic too (server/lib/writePath.ts); the settings move every topic.
 */
export function listTopics(resource: string, query: ListQuery): readonly Topic[] {
  switch (resource) {
    case 'cities':
      return query.conditions.some((condition) => condition.field === 'partnerRegion') ? ['cities', 'partnerships'] : ['cities'];
    case 'partnerships':
      return ['partnerships'];
    case 'events':
    case 'programs':
      return [resource, 'partnerships', 'cities'];
    case 'inquiries':
      return ['inquiries'];
    default:
      return TOPICS;
  }
}

/** A query of one row, `total`: how many rows a list matches. */
export type CountQuery = SelectQueryBuilder<Database, never, { total: number | string | bigint }>;

/**
 * Counts the rows a list matches, for Content-Range. The count is kept until the next write:
 * an exact count(*) over a large filter costs more than the page itself (decision 010), and
 * every page of the same filter asks for it again.
 */
export function createRowCounter(db: DbOrTx, maxEntries = 1000) {
  const cached = createRevisionCache<number>(db, maxEntries);
  /** `topics`: what the count reads (listTopics). */
  return (query: CountQuery, topics: readonly Topic[]): Promise<number> => {
    const { sql: text, parameters } = query.compile();
    return cached(`${text}\u0000${JSON.stringify(parameters)}`, async () => Number((await query.executeTakeFirstOrThrow()).total), undefined, topics);
  };
}
export type RowCounter = ReturnType<typeof createRowCounter>;

type ListTable = ListResource & keyof Database;
type ListWhere<T extends ListTable> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

/** How many rows a list's WHERE matches: Content-Range's total, and the work lists' counts. */
export function countList<T extends ListTable>(db: DbOrTx, table: T, query: ListQuery, where: ListWhere<T>, countRows: RowCounter): Promise<number> {
  const from = db.selectFrom(table as ListTable) as unknown as SelectQueryBuilder<Database, T, object>;
  return countRows(from.select((eb) => eb.fn.countAll<number>().as('total')).where(where) as never, listTopics(table, query));
}

/**
 * One page of a list as the query asks (where, order, range), and how many rows match in all:
 * by `count` when given (it must match the same rows), else by count(*) over the WHERE.
 */
export async function listPage<T extends ListTable>(
  db: DbOrTx,
  table: T,
  query: ListQuery,
  where: ListWhere<T>,
  countRows: RowCounter,
  count?: CountQuery | null,
): Promise<{ rows: Selectable<Database[T]>[]; total: number; start: number }> {
  const [start, end] = query.range;
  // One table of four: Kysely's types cannot follow a table name that is a type parameter.
  const from = db.selectFrom(table as ListTable) as unknown as SelectQueryBuilder<Database, T, object>;
  const [first, then] = sortTerms(LIST_SPECS[table], query);
  const limited = (builder: SelectQueryBuilder<Database, T, object>) => builder.where(where).orderBy(first).orderBy(then).limit(end - start + 1).offset(start);
  // Past the first page, the ids are found first and the rows read after: the rows skipped are
  // then index entries, not whole records (decision 035).
  const page =
    start === 0
      ? limited(from.selectAll())
      : from
          .selectAll()
          .where(sql<SqlBool>`${sql.ref('id')} in (${limited(from.select(sql<number>`${sql.ref('id')}`.as('id')))})`)
          .orderBy(first)
          .orderBy(then);
  const rows = (await page.execute()) as unknown as Selectable<Database[T]>[];
  const total = await (count ? countRows(count, listTopics(table, query)) : countList(db, table, query, where, countRows));
  return { rows, total, start };
}
