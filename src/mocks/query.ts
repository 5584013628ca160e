import { LIST_SPECS, type Condition, type ListQuery, type ListResource, type ResourceSpec, type Scalar } from '../domain';

type Row = Record<string, unknown>;

/** Dates compare on their day, so `startsAt_lte: '2024-05-01'` keeps events of that day. */
const comparable = (value: unknown, type: string): unknown =>
  type === 'date' && typeof value === 'string' ? value.slice(0, 10) : value;

/** The values a filter on `field` looks at in a row: one, or each of an array. */
type ValuesOf = (row: Row, field: string) => unknown[];

const fieldValues: ValuesOf = (row, field) => {
  const value = row[field];
  return Array.isArray(value) ? value : [value];
};

// A partnership's `cityId` is either of its two cities.
const partnershipValues: ValuesOf = (row, field) => (field === 'cityId' ? [row.africanCityId, row.usCityId] : fieldValues(row, field));

function matches(row: Row, spec: ResourceSpec, valuesOf: ValuesOf, condition: Condition): boolean {
  if (condition.op === 'search') {
    const needle = sortKey(condition.value);
    return spec.search.some((field) => sortKey(String(row[field] ?? '')).includes(needle));
  }
  const type = spec.fields[condition.field]!.type;
  const values = valuesOf(row, condition.field)
    .filter((v) => v !== null && v !== undefined)
    .map((v) => comparable(v, type));
  const wanted = (value: Scalar) => comparable(value, type);
  switch (condition.op) {
    case 'eq':
      return values.includes(wanted(condition.value));
    case 'in':
      return condition.value.some((value) => values.includes(wanted(value)));
    case 'gte':
      return values.some((v) => (v as Scalar) >= (wanted(condition.value) as Scalar));
    case 'lte':
      return values.some((v) => (v as Scalar) <= (wanted(condition.value) as Scalar));
  }
}

/**
 * Text sorts by code points with only A–Z folded (decision 009): the order SQLite and
 * PostgreSQL (C collation) give too, so every backend pages alike.
 */
const sortKey = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
const compareText = (a: string, b: string) => {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Nulls last whatever the order; text without regard to case; ties by id in the same
 * direction, for stable pages (and so that one index on the field gives the whole order).
 */
function compareBy(field: string, order: 'ASC' | 'DESC') {
  const direction = order === 'ASC' ? 1 : -1;
  const byId = (a: Row, b: Row) => (Number(a.id) - Number(b.id)) * direction;
  return (a: Row, b: Row): number => {
    const x = a[field];
    const y = b[field];
    if (x == null || y == null) return x == null && y == null ? byId(a, b) : x == null ? 1 : -1;
    const byValue =
      typeof x === 'string' && typeof y === 'string'
        ? compareText(x, y)
        : Number(x) - Number(y);
    return byValue !== 0 ? byValue * direction : byId(a, b);
  };
}

/** One page of `rows` as the list query asks, and how many rows matched in all, by the fields of `spec`. */
export function runQuery<T extends object>(rows: readonly T[], spec: ResourceSpec, query: ListQuery, valuesOf: ValuesOf = fieldValues) {
  const matching = (rows as readonly Row[]).filter((row) => query.conditions.every((c) => matches(row, spec, valuesOf, c)));
  const sorted = [...matching].sort(compareBy(query.sort.field, query.sort.order));
  const [start, end] = query.range;
  return { data: sorted.slice(start, end + 1) as T[], total: matching.length, start };
}

/** One page of a list resource's `rows`. */
export const runListQuery = <T extends object>(rows: readonly T[], resource: ListResource, query: ListQuery) =>
  runQuery(rows, LIST_SPECS[resource], query, resource === 'partnerships' ? partnershipValues : fieldValues);
