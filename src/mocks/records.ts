import type { ListQuery, ListResource, StoredRecord } from '../domain';
import { appendAudit, diffOf } from './audit';
import { mustBeAllowed } from './auth';
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

/**
 * `guard: false` writes without asking the permission rule: test fixtures set up their data
 * whoever is signed in. The API's handlers always guard. Either way the write is audited in
 * the name of the signed-in user.
 */
export interface WriteOptions {
  guard?: boolean;
}

const tableOf = <R extends ListResource>(store: MockStore, resource: R) =>
  store.tables[resource] as unknown as Map<number, StoredRecords[R]>;

function mustFind<R extends ListResource>(store: MockStore, resource: R, id: number): StoredRecords[R] {
  const record = tableOf(store, resource).get(id);
  if (!record) throw notFound();
  return record;
}

export function asObject(body: unknown): Record<string, unknown> {
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

export function createRecord<R extends ListResource>(store: MockStore, resource: R, body: unknown, { guard = true }: WriteOptions = {}): ApiRecords[R] {
  // "May this role create any of these?" before the body is read: leadership hears 403, not 400.
  if (guard) mustBeAllowed(store, 'create', resource);
  const rules = RULES[resource];
  const fields = rules.build(store, asObject(body), null);
  const table = tableOf(store, resource);
  const now = nowIn(store);
  const meta: StoredRecord = { id: nextId(table), version: 1, createdAt: now, updatedAt: now };
  const record = { ...fields, ...meta } as StoredRecords[R];
  const view = viewOf(store, resource, record);
  if (guard) mustBeAllowed(store, 'create', resource, view);
  if (guard) rules.guardWrite?.(store, null, record);
  table.set(record.id, record);
  rules.afterWrite?.(store, null, record);
  appendAudit(store, { action: 'create', resource, recordId: record.id, changes: diffOf(resource, null, view) }, now);
  return viewOf(store, resource, record);
}

export function checkVersion(stored: StoredRecord, version: unknown) {
  if (version === undefined || version === null) throw new ApiError(400, 'app.error.invalid', { version: 'app.validation.required' });
  if (Number(version) !== stored.version) throw new ApiError(409, 'app.error.conflict');
}

/**
 * Writes `body` over the stored record: fields the body leaves out keep their value, so a
 * client may send the whole record (as react-admin does) or only what changed. The rule is
 * asked of the record before and after: nothing may be moved out of, or into, reach.
 */
export function updateRecord<R extends ListResource>(
  store: MockStore,
  resource: R,
  id: number,
  body: unknown,
  { guard = true }: WriteOptions = {},
): ApiRecords[R] {
  const rules = RULES[resource];
  const before = mustFind(store, resource, id);
  const beforeView = viewOf(store, resource, before);
  if (guard) mustBeAllowed(store, 'update', resource, beforeView);
  const changes = asObject(body);
  checkVersion(before, changes.version);
  const fields = rules.build(store, { ...before, ...changes }, before);
  const now = nowIn(store);
  const record = { ...before, ...fields, version: before.version + 1, updatedAt: now } as StoredRecords[R];
  const view = viewOf(store, resource, record);
  if (guard) mustBeAllowed(store, 'update', resource, view);
  if (guard) rules.guardWrite?.(store, before, record);
  tableOf(store, resource).set(id, record);
  rules.afterWrite?.(store, before, record);
  appendAudit(store, { action: 'update', resource, recordId: id, changes: diffOf(resource, beforeView, view) }, now);
  return viewOf(store, resource, record);
}

/** Deletes a record; with `version` (from If-Match) a stale copy is refused. Returns what was deleted. */
export function deleteRecord<R extends ListResource>(
  store: MockStore,
  resource: R,
  id: number,
  version?: number,
  { guard = true }: WriteOptions = {},
): ApiRecords[R] {
  const rules = RULES[resource];
  const before = mustFind(store, resource, id);
  const view = viewOf(store, resource, before);
  if (guard) mustBeAllowed(store, 'delete', resource, view);
  if (version !== undefined) checkVersion(before, version);
  if (guard) rules.guardWrite?.(store, before, null);
  rules.beforeDelete?.(store, before);
  tableOf(store, resource).delete(id);
  rules.afterWrite?.(store, before, null);
  appendAudit(store, { action: 'delete', resource, recordId: id, changes: diffOf(resource, view, null) }, nowIn(store));
  return view;
}
