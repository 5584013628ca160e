import type { ListQuery, ListResource, StoredRecord } from '../domain';
import { ApiError, notFound } from './errors';
import { runListQuery } from './query';
import { cityRules } from './resources/cities';
import { eventRules } from './resources/events';
import { partnershipRules } from './resources/partnerships';
import { programRules } from './resources/programs';
import type { ResourceRules } from './resources/rules';
import { nextId, nowIn, type ApiRecords, type MockStore, type StoredRecords } from './store';

const RULES: { [R in ListResource]: ResourceRules<R> } = {
  cities: cityRules,
  partnerships: partnershipRules,
  events: eventRules,
  programs: programRules,
};

const tableOf = <R extends ListResource>(store: MockStore, resource: R) =>
  store.tables[resource] as unknown as Map<number, StoredRecords[R]>;

function mustFind<R extends ListResource>(store: MockStore, resource: R, id: number): StoredRecords[R] {
  const record = tableOf(store, resource).get(id);
  if (!record) throw notFound();
  return record;
}

function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

export const viewOf = <R extends ListResource>(store: MockStore, resource: R, record: StoredRecords[R]): ApiRecords[R] =>
  RULES[resource].view(store, record);

export function listRecords<R extends ListResource>(store: MockStore, resource: R, query: ListQuery) {
  const views = [...tableOf(store, resource).values()].map((record) => viewOf(store, resource, record));
  return runListQuery(views, resource, query);
}

export const getRecord = <R extends ListResource>(store: MockStore, resource: R, id: number): ApiRecords[R] =>
  viewOf(store, resource, mustFind(store, resource, id));

export function createRecord<R extends ListResource>(store: MockStore, resource: R, body: unknown): ApiRecords[R] {
  const rules = RULES[resource];
  const fields = rules.build(store, asObject(body), null);
  const table = tableOf(store, resource);
  const now = nowIn(store);
  const meta: StoredRecord = { id: nextId(table), version: 1, createdAt: now, updatedAt: now };
  const record = { ...fields, ...meta } as StoredRecords[R];
  table.set(record.id, record);
  rules.afterWrite?.(store, null, record);
  return viewOf(store, resource, record);
}

function checkVersion(stored: StoredRecord, version: unknown) {
  if (version === undefined || version === null) throw new ApiError(400, 'app.error.invalid', { version: 'app.validation.required' });
  if (Number(version) !== stored.version) throw new ApiError(409, 'app.error.conflict');
}

/**
 * Writes `body` over the stored record: fields the body leaves out keep their value, so a
 * client may send the whole record (as react-admin does) or only what changed.
 */
export function updateRecord<R extends ListResource>(store: MockStore, resource: R, id: number, body: unknown): ApiRecords[R] {
  const rules = RULES[resource];
  const before = mustFind(store, resource, id);
  const changes = asObject(body);
  checkVersion(before, changes.version);
  const fields = rules.build(store, { ...before, ...changes }, before);
  const record = { ...before, ...fields, version: before.version + 1, updatedAt: nowIn(store) } as StoredRecords[R];
  tableOf(store, resource).set(id, record);
  rules.afterWrite?.(store, before, record);
  return viewOf(store, resource, record);
}

/** Deletes a record; with `version` (from If-Match) a stale copy is refused. Returns what was deleted. */
export function deleteRecord<R extends ListResource>(store: MockStore, resource: R, id: number, version?: number): ApiRecords[R] {
  const rules = RULES[resource];
  const before = mustFind(store, resource, id);
  if (version !== undefined) checkVersion(before, version);
  rules.beforeDelete?.(store, before);
  const view = viewOf(store, resource, before);
  tableOf(store, resource).delete(id);
  rules.afterWrite?.(store, before, null);
  return view;
}
