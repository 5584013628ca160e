import { sql, type Expression, type RawBuilder, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Context } from 'hono';
import { MAX_PAGE, type Condition, type FieldSpec, type ListQuery, type ResourceSpec, type Scalar } from '../../src/domain';
import type { Dialect } from '../db/client';
import type { Database } from '../db/schema';
import { ApiError } from '../lib/errors';

/**
 * `sort`, `range` and `filter` (ra-data-simple-rest) for the lists src/domain's LIST_SPECS
 * does not hold, the users and the audit log: the rules of parseListQuery (unknown fields are a
 * 400, a page holds at most MAX_PAGE rows; getMany, without `range`, gets every id it names)
 * with equality and "any of" only, as the mock's src/mocks/listParams.ts reads them.
 */
export function readSpecListQuery(c: Context, spec: ResourceSpec): ListQuery {
  const params = new URL(c.req.url).searchParams;
  const sort = jsonParam(params, 'sort');
  if (sort !== undefined && (!Array.isArray(sort) || !spec.fields[sort[0]]?.sort || !['ASC', 'DESC'].includes(sort[1]))) {
    throw new ApiError(400, `Cannot sort by ${JSON.stringify(sort)}.`, { sort: 'unknown field' });
  }
  const range = jsonParam(params, 'range') ?? [0, MAX_PAGE - 1];
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0] || range[1] - range[0] >= MAX_PAGE) {
    throw new ApiError(400, 'The range parameter must look like [0,24].');
  }
  const filter = jsonParam(params, 'filter') ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw new ApiError(400, 'The filter parameter must be a JSON object.');
  const conditions = Object.entries(filter as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([field, value]) => conditionOf(spec, field, value));
  return { sort: sort ? { field: sort[0], order: sort[1] } : spec.defaultSort, range: [range[0], range[1]], conditions };
}

function jsonParam(params: URLSearchParams, name: string): any {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, `The ${name} parameter is not valid JSON.`);
  }
}

function conditionOf(spec: ResourceSpec, field: string, value: unknown): Condition {
  if (field === 'q') {
    if (typeof value !== 'string') throw new ApiError(400, 'The q filter expects text.', { q: 'expects text' });
    return { field: 'q', op: 'search', value: value.trim() };
  }
  const fieldSpec = spec.fields[field];
  if (!fieldSpec) throw new ApiError(400, `Unknown filter field: ${field}.`, { [field]: 'unknown field' });
  if (Array.isArray(value)) {
    if (value.length > MAX_PAGE) throw new ApiError(400, `Filter ${field} lists too many values.`);
    return { field, op: 'in', value: value.map((item) => coerce(fieldSpec, field, item)) };
  }
  return { field, op: 'eq', value: coerce(fieldSpec, field, value) };
}

function coerce(spec: FieldSpec, field: string, value: unknown): Scalar {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  const ok =
    (spec.type === 'int' && Number.isSafeInteger(number)) ||
    (spec.type === 'bool' && [true, false, 'true', 'false'].includes(value as string)) ||
    (spec.type === 'enum' && spec.values!.includes(value as string)) ||
    (spec.type === 'text' && typeof value === 'string') ||
    (spec.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value));
  if (!ok) throw new ApiError(400, `Filter ${field} expects ${spec.values ? `one of ${spec.values.join(', ')}` : `a ${spec.type}`}.`, { [field]: 'invalid value' });
  if (spec.type === 'int') return number as number;
  // Booleans are 0/1 on SQLite: compared as numbers on both databases.
  if (spec.type === 'bool') return value === true || value === 'true' ? 1 : 0;
  return value as string;
}

type Table = 'users' | 'audit';

/** Only A–Z folded, on both databases (decision 009): PostgreSQL needs the C collation for that. */
const folded = (dialect: Dialect, field: string) =>
  dialect === 'postgres' ? sql`lower(${sql.ref(field)} collate "C")` : sql`lower(${sql.ref(field)})`;

/** The WHERE of such a list: equal, any of (an empty list matches nothing), or text search. */
export function whereSpecList<T extends Table>(spec: ResourceSpec, conditions: readonly Condition[], dialect: Dialect) {
  return (eb: ExpressionBuilder<Database, T>): Expression<SqlBool> =>
    eb.and(
      conditions.map((condition): Expression<SqlBool> => {
        if (condition.op === 'search') {
          const needle = `%${condition.value.replace(/[A-Z]+/g, (s) => s.toLowerCase()).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
          return eb.or(spec.search.map((field) => sql<SqlBool>`${folded(dialect, field)} like ${needle} escape '\\'`));
        }
        const ref = eb.ref(condition.field as never);
        if (condition.op === 'in') return condition.value.length > 0 ? eb(ref, 'in', condition.value as never) : sql<SqlBool>`1 = 0`;
        return eb(ref, condition.op === 'eq' ? '=' : condition.op === 'gte' ? '>=' : '<=', condition.value as never);
      }),
    );
}

/** ORDER BY as the other lists sort: text by A–Z-folded code points, nulls last, ties by id the same way. */
export function orderSpecList(spec: ResourceSpec, query: ListQuery, dialect: Dialect): [RawBuilder<unknown>, RawBuilder<unknown>] {
  const { field, order } = query.sort;
  const direction = sql.raw(order === 'ASC' ? 'asc' : 'desc');
  const text = dialect === 'postgres' ? sql`${folded(dialect, field)} collate "C"` : folded(dialect, field);
  const value = spec.fields[field]?.type === 'text' ? text : sql.ref(field);
  return [sql`${value} ${direction} nulls last`, sql`${sql.ref('id')} ${direction}`];
}
