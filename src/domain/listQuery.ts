import { AU_REGIONS, SIDES, US_REGIONS } from './regions';
import { ROLES } from './user';
import { AUDIT_ACTIONS, AUDITED_RESOURCES } from './audit';
import { STAGES } from './stages';
import { COHORTS, FOCUS_AREAS, PARTNERSHIP_KINDS } from './partnership';
import { EVENT_TYPES } from './event';
import { PROGRAM_KINDS, PROGRAM_STATUSES } from './program';
import { hasUnstorableText, isDayOrInstant, MAX_STORED_INT } from './common';
import { DUE_STATES } from './workLists';
import { INQUIRY_STATUSES } from './inquiry';

/**
 * What a list may be sorted and filtered by, per resource: the allow-list the server enforces
 * and the UI's filters offer. `many` fields hold arrays; a filter on one means "contains any of".
 */
export type FieldType = 'int' | 'text' | 'date' | 'bool' | 'enum';
export interface FieldSpec {
  type: FieldType;
  values?: readonly string[];
  sort?: boolean;
  many?: boolean;
}
export interface ResourceSpec {
  fields: Record<string, FieldSpec>;
  /** Fields searched by the `q` filter (case-insensitive substring). */
  search: readonly string[];
  defaultSort: Sort;
}

const int = { type: 'int', sort: true } as const;
const text = { type: 'text', sort: true } as const;
const date = { type: 'date', sort: true } as const;
const bool = { type: 'bool', sort: true } as const;
const oneOf = (values: readonly string[]): FieldSpec => ({ type: 'enum', values, sort: true });
const meta = { id: int, version: int, createdAt: date, updatedAt: date };

export const LIST_SPECS = {
  cities: {
    fields: {
      ...meta,
      name: text,
      country: text,
      admin1: text,
      side: oneOf(SIDES),
      region: oneOf([...AU_REGIONS, ...US_REGIONS]),
      geonameId: int,
      population: int,
      languages: { type: 'text', many: true },
      sciMember: bool,
      duesPaidThrough: date,
      leaderTermEnds: date,
      // Work lists (src/domain/workLists.ts), measured against today: filters, never sorts.
      termEndsSoon: { type: 'bool' },
      duesLapsed: { type: 'bool' },
      /** US cities in an open partnership with an African city of this AU region. */
      partnerRegion: { type: 'enum', values: AU_REGIONS },
    },
    search: ['name', 'admin1', 'country', 'leaderName', 'contactName'],
    defaultSort: { field: 'name', order: 'ASC' },
  },
  partnerships: {
    fields: {
      ...meta,
      africanCityId: int,
      usCityId: int,
      /** Either of the two cities. */
      cityId: { type: 'int' },
      africanCityName: text,
      usCityName: text,
      country: text,
      usState: text,
      region: oneOf(AU_REGIONS),
      usRegion: oneOf(US_REGIONS),
      kind: oneOf(PARTNERSHIP_KINDS),
      stage: oneOf(STAGES),
      cohort: oneOf(COHORTS),
      focusAreas: { type: 'enum', values: FOCUS_AREAS, many: true },
      ownerId: int,
      stalled: { type: 'bool' },
      /** Counts toward the goal today (countsTowardGoal): the dashboard's counted set as a list. */
      counted: { type: 'bool' },
      // Work lists (src/domain/workLists.ts): the next step's state today; not ended or closed.
      due: { type: 'enum', values: DUE_STATES },
      open: { type: 'bool' },
      firstContactAt: date,
      signedAt: date,
      sciRecognizedAt: date,
      lastActivityAt: date,
      nextStepDue: date,
    },
    search: ['africanCityName', 'usCityName', 'nextStep', 'notes'],
    defaultSort: { field: 'updatedAt', order: 'DESC' },
  },
  events: {
    fields: {
      ...meta,
      type: oneOf(EVENT_TYPES),
      title: text,
      startsAt: date,
      endsAt: date,
      cityId: int,
      virtual: bool,
      partnershipIds: { type: 'int', many: true },
      /** Derived: the AU regions the event touches (its city's, its partnerships'). */
      regions: { type: 'enum', values: AU_REGIONS, many: true },
      focusArea: oneOf(FOCUS_AREAS),
      adults: int,
      youth: int,
    },
    search: ['title', 'outcome', 'notes'],
    defaultSort: { field: 'startsAt', order: 'DESC' },
  },
  programs: {
    fields: {
      ...meta,
      kind: oneOf(PROGRAM_KINDS),
      title: text,
      cycleYear: int,
      status: oneOf(PROGRAM_STATUSES),
      partnershipIds: { type: 'int', many: true },
      cityIds: { type: 'int', many: true },
      /** Derived: the AU regions the program touches (its cities', its partnerships'). */
      regions: { type: 'enum', values: AU_REGIONS, many: true },
      focusArea: oneOf(FOCUS_AREAS),
      adults: int,
      youth: int,
      deadline: date,
    },
    search: ['title', 'notes'],
    defaultSort: { field: 'cycleYear', order: 'DESC' },
  },
} satisfies Record<string, ResourceSpec>;

export type ListResource = keyof typeof LIST_SPECS;

/**
 * The lists that are not records of the pipeline: the team directory (/api/users), the audit
 * log (/api/audit) and the public's sign-ups (/api/inquiries). The same contract as LIST_SPECS, read by parseListQueryWith.
 */
export const DIRECTORY_LIST_SPECS = {
  users: {
    fields: {
      id: int,
      email: text,
      fullName: text,
      role: oneOf(ROLES),
      region: oneOf(AU_REGIONS),
      disabled: bool,
    },
    search: ['fullName', 'email'],
    defaultSort: { field: 'fullName', order: 'ASC' },
  },
  audit: {
    fields: {
      id: int,
      at: date,
      userId: int,
      userName: text,
      action: oneOf(AUDIT_ACTIONS),
      resource: oneOf(AUDITED_RESOURCES),
      recordId: int,
    },
    search: ['userName'],
    defaultSort: { field: 'id', order: 'DESC' },
  },
  /** Sign-ups from the public page (decision 039). */
  inquiries: {
    fields: {
      ...meta,
      side: oneOf(SIDES),
      status: oneOf(INQUIRY_STATUSES),
      organisation: text,
      contactName: text,
      email: text,
      cityName: text,
      country: text,
      region: oneOf([...AU_REGIONS, ...US_REGIONS]),
      preferredRegion: oneOf([...AU_REGIONS, ...US_REGIONS]),
      cityId: int,
      partnershipId: int,
    },
    search: ['organisation', 'contactName', 'email', 'cityName', 'notes'],
    defaultSort: { field: 'createdAt', order: 'DESC' },
  },
} satisfies Record<string, ResourceSpec>;
export const LIST_RESOURCES = Object.keys(LIST_SPECS) as ListResource[];

export interface Sort {
  field: string;
  order: 'ASC' | 'DESC';
}
export type Scalar = string | number | boolean;
export type Condition =
  | { field: string; op: 'eq'; value: Scalar }
  | { field: string; op: 'in'; value: Scalar[] }
  | { field: string; op: 'gte' | 'lte'; value: Scalar }
  | { field: 'q'; op: 'search'; value: string };

export interface ListQuery {
  sort: Sort;
  /** Inclusive, as in `range=[0,24]`. */
  range: [number, number];
  conditions: Condition[];
}

export const MAX_PAGE = 1000;
/** Longest text a filter or `q` may carry: no stored field is longer. */
export const MAX_FILTER_TEXT = 5000;

/** The field's spec, read from the spec's own keys only: `constructor` or `__proto__` is no field. */
export const ownField = (fields: Record<string, FieldSpec>, name: string): FieldSpec | undefined =>
  Object.hasOwn(fields, name) ? fields[name] : undefined;

export class ListQueryError extends Error {
  constructor(
    message: string,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}

function parseJsonParam(params: URLSearchParams, name: string): unknown {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ListQueryError(`The ${name} parameter is not valid JSON.`);
  }
}

const isInt32 = (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) <= MAX_STORED_INT;

function checkedText(field: string, value: string): string {
  if (value.length > MAX_FILTER_TEXT) throw new ListQueryError(`Filter ${field} is too long.`, { [field]: 'app.validation.tooLong' });
  if (hasUnstorableText(value)) throw new ListQueryError(`Filter ${field} holds characters that cannot be stored.`, { [field]: 'app.validation.characters' });
  return value;
}

function coerce(spec: FieldSpec, field: string, value: unknown): Scalar {
  const fail = (expected: string): never => {
    throw new ListQueryError(`Filter ${field} expects ${expected}.`, { [field]: `expects ${expected}` });
  };
  switch (spec.type) {
    case 'int': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return isInt32(number) ? number : fail('a number');
    }
    case 'bool':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return fail('true or false');
    case 'date':
      return typeof value === 'string' && isDayOrInstant(value) ? value : fail('a date (YYYY-MM-DD)');
    case 'enum':
      return typeof value === 'string' && spec.values!.includes(value) ? value : fail(`one of ${spec.values!.join(', ')}`);
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? checkedText(field, String(value)) : fail('text');
  }
}

function parseCondition(spec: ResourceSpec, key: string, value: unknown): Condition | null {
  if (value === undefined || value === null || value === '') return null;
  if (key === 'q') {
    if (typeof value !== 'string') throw new ListQueryError('The q filter expects text.', { q: 'expects text' });
    return { field: 'q', op: 'search', value: checkedText('q', value.trim()) };
  }
  const range = /^(.+)_(gte|lte)$/.exec(key);
  const field = range ? range[1]! : key;
  const fieldSpec = ownField(spec.fields, field);
  if (!fieldSpec) throw new ListQueryError(`Unknown filter field: ${field}.`, { [key]: 'unknown field' });
  if (range) return { field, op: range[2] as 'gte' | 'lte', value: coerce(fieldSpec, key, value) };
  if (Array.isArray(value)) {
    if (value.length > MAX_PAGE) throw new ListQueryError(`Filter ${field} lists too many values.`);
    return { field, op: 'in', value: value.map((item) => coerce(fieldSpec, field, item)) };
  }
  return { field, op: 'eq', value: coerce(fieldSpec, field, value) };
}

/** Parses `sort`, `range` and `filter` as ra-data-simple-rest sends them; throws ListQueryError. */
export function parseListQuery(resource: ListResource, params: URLSearchParams): ListQuery {
  return parseListQueryWith(LIST_SPECS[resource], params);
}

/**
 * The same for a list described by `spec`. Without `range` it answers getMany, which wants
 * every record it names: up to MAX_PAGE rows, not the first page.
 */
export function parseListQueryWith(spec: ResourceSpec, params: URLSearchParams): ListQuery {
  const sortParam = parseJsonParam(params, 'sort');
  let sort = spec.defaultSort;
  if (sortParam !== undefined) {
    if (!Array.isArray(sortParam) || typeof sortParam[0] !== 'string' || !['ASC', 'DESC'].includes(sortParam[1])) {
      throw new ListQueryError('The sort parameter must look like ["field","ASC"].');
    }
    if (!ownField(spec.fields, sortParam[0])?.sort) {
      throw new ListQueryError(`Cannot sort by ${sortParam[0]}.`, { sort: `unknown field ${sortParam[0]}` });
    }
    sort = { field: sortParam[0], order: sortParam[1] };
  }
  const rangeParam = parseJsonParam(params, 'range') ?? [0, MAX_PAGE - 1];
  if (
    !Array.isArray(rangeParam) ||
    rangeParam.length !== 2 ||
    !rangeParam.every((n) => isInt32(n) && n >= 0) ||
    rangeParam[1] < rangeParam[0]
  ) {
    throw new ListQueryError('The range parameter must look like [0,24].');
  }
  if (rangeParam[1] - rangeParam[0] + 1 > MAX_PAGE) {
    throw new ListQueryError(`A page holds at most ${MAX_PAGE} records.`);
  }
  const filterParam = parseJsonParam(params, 'filter') ?? {};
  if (typeof filterParam !== 'object' || Array.isArray(filterParam) || filterParam === null) {
    throw new ListQueryError('The filter parameter must be a JSON object.');
  }
  const conditions = Object.entries(filterParam)
    .map(([key, value]) => parseCondition(spec, key, value))
    .filter((condition): condition is Condition => condition !== null);
  return { sort, range: [rangeParam[0], rangeParam[1]], conditions };
}
