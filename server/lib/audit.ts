import { DIRECTORY_LIST_SPECS, SECRET, textKeysOf, type Actor, type AuditAction, type Changes } from '../../src/domain';
import type { DbOrTx } from '../db/database';

export type { AuditAction, Changes };

/**
 * Fields no person writes: the version and timestamps, and what the API derives or copies
 * (a partnership's city names and regions, an event's regions, `stalled`). A change to them
 * is the consequence of a change already recorded.
 */
const NOT_DIFFED = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'region',
  'regions',
  'usRegion',
  'side',
  'stalled',
  'africanCityName',
  'usCityName',
  'country',
  'usState',
  'stageHistory',
  'passwordHash',
  'password',
]);
/**
 * Fields that are a person's own choice even where the name is also used for a copy: a
 * city's country (its region follows from it), a user's region.
 */
const ALWAYS_DIFFED: Record<string, ReadonlySet<string>> = {
  cities: new Set(['country']),
  users: new Set(['region']),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Each field that differs, before → after; null stands for "no record" on create and delete. */
export function diffOf(resource: string, before: object | null, after: object | null): Changes {
  const changes: Changes = {};
  const keep = ALWAYS_DIFFED[resource];
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (NOT_DIFFED.has(field) && !keep?.has(field)) continue;
    if (!same(b[field], a[field])) changes[field] = { before: b[field] ?? null, after: a[field] ?? null };
  }
  return changes;
}

export interface AuditEntry {
  /** null: the server itself (the first admin at a fresh start). */
  actor: Actor | null;
  at: string;
  action: AuditAction;
  resource: string;
  recordId: number;
  before: object | null;
  after: object | null;
  /** Changes the records do not show (a new password): recorded without their values. */
  extra?: Changes;
}

/** Writes the one audit row of a change: only the write path calls it (./writePath.ts), in the change's transaction. */
export async function recordAudit(tx: DbOrTx, { actor, at, action, resource, recordId, before, after, extra }: AuditEntry): Promise<void> {
  const changes = { ...diffOf(resource, before, after), ...extra };
  const row = { at, userId: actor?.id ?? null, userName: actor?.fullName ?? null, action, resource, recordId, changes: JSON.stringify(changes) };
  await tx
    .insertInto('audit')
    .values({ ...row, ...textKeysOf(DIRECTORY_LIST_SPECS.audit, row) })
    .execute();
}

/** How a password change shows in the history: that it changed, never what it was. */
export const PASSWORD_CHANGED: Changes = { password: { before: SECRET, after: SECRET } };
