import { MAX_PAGE, type Condition, type FieldSpec, type ListQuery, type ResourceSpec, type Scalar } from '../domain';
import { ApiError } from './errors';

/**
 * Reads `sort`, `range` and `filter` (ra-data-simple-rest) for the lists the domain's
 * LIST_SPECS does not hold: the users and the audit log. The same rules as parseListQuery:
 * unknown fields are a 400, a page holds at most MAX_PAGE rows; without `range` (getMany)
 * every matching row comes back. Equality and "any of" only: no ranges on these lists.
 */
export function parseQueryOf(spec: ResourceSpec, params: URLSearchParams): ListQuery {
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
  if (Array.isArray(value)) return { field, op: 'in', value: value.map((item) => coerce(fieldSpec, field, item)) };
  return { field, op: 'eq', value: coerce(fieldSpec, field, value) };
}

function coerce(spec: FieldSpec, field: string, value: unknown): Scalar {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  const ok =
    (spec.type === 'int' && Number.isInteger(number)) ||
    (spec.type === 'bool' && [true, false, 'true', 'false'].includes(value as string)) ||
    (spec.type === 'enum' && spec.values!.includes(value as string)) ||
    (spec.type === 'text' && typeof value === 'string');
  if (!ok) throw new ApiError(400, `Filter ${field} expects ${spec.values ? `one of ${spec.values.join(', ')}` : `a ${spec.type}`}.`, { [field]: 'invalid value' });
  if (spec.type === 'int') return number as number;
  if (spec.type === 'bool') return value === true || value === 'true';
  return value as string;
}
