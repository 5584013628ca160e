import { SECRET, type AuditAction, type AuditedResource, type AuditRow, type Changes } from '../domain';
import type { MockStore } from './store';

export type { AuditAction, AuditedResource, AuditRow, Changes };

/** Set by the store, not by whoever wrote: never a change of theirs. */
const META = ['id', 'version', 'createdAt', 'updatedAt'];

/**
 * Fields the API derives from other records or from today (decision 011: "derived copies are
 * not diffed"): they change without anyone writing them. A partnership's stage history is the
 * stage's own log, appended by the API; the change shows as `stage`.
 */
const DERIVED: Record<AuditedResource, readonly string[]> = {
  cities: ['side', 'region'],
  partnerships: ['region', 'usRegion', 'africanCityName', 'usCityName', 'country', 'usState', 'stalled', 'stageHistory'],
  events: ['regions'],
  programs: ['regions'],
  users: [],
};


type Fields = Record<string, unknown>;

/** null and a field left out are the same value; arrays and objects compare by content. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a write changed, field by field: `before` null on create, `after` null on delete.
 * `passwordSet` says the write set a password (a user's create, a new password, a delete).
 */
export function diffOf(resource: AuditedResource, was: object | null, is: object | null, { passwordSet = false } = {}): Changes {
  const before = was as Fields | null;
  const after = is as Fields | null;
  const skipped = new Set([...META, ...DERIVED[resource], 'password']);
  const changes: Changes = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (skipped.has(field)) continue;
    const change = { before: before?.[field] ?? null, after: after?.[field] ?? null };
    if (!same(change.before, change.after)) changes[field] = structuredClone(change);
  }
  if (passwordSet) changes.password = { before: before ? SECRET : null, after: after ? SECRET : null };
  return changes;
}

/** Appends the row of one write, in the name of whoever is signed in. */
export function appendAudit(
  store: MockStore,
  row: Pick<AuditRow, 'action' | 'resource' | 'recordId' | 'changes'>,
  at: string,
): AuditRow {
  const user = store.users.find((u) => u.id === store.actingUserId) ?? null;
  const entry: AuditRow = { id: store.audit.length + 1, at, userId: user?.id ?? null, userName: user?.fullName ?? null, ...row };
  store.audit.push(entry);
  return entry;
}
