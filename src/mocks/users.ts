import { DIRECTORY_LIST_SPECS, userCreateSchema, userUpdateSchema, type ListQuery, type ResourceSpec } from '../domain';
import { appendAudit, diffOf } from './audit';
import { mustBeAllowed, signedInUser } from './auth';
import { ApiError, invalid, notFound, parseWith } from './errors';
import { runQuery } from './query';
import { asObject, checkVersion, type WriteOptions } from './records';
import { nowIn, type MockStore, type MockUser } from './store';

/** What GET /api/users may be sorted and filtered by (the domain's list contract). */
export const USER_LIST: ResourceSpec = DIRECTORY_LIST_SPECS.users;

/** A copy: a caller can never reach into the store (and the store never holds a password). */
const viewOf = (user: MockUser): MockUser => ({ ...user });

export const listUsers = (store: MockStore, query: ListQuery) => runQuery(store.users.map(viewOf), USER_LIST, query);

function mustFind(store: MockStore, id: number): MockUser {
  const user = store.users.find((u) => u.id === id);
  if (!user) throw notFound();
  return user;
}

export const getUser = (store: MockStore, id: number) => viewOf(mustFind(store, id));

function checkEmailIsFree(store: MockStore, email: string, selfId?: number) {
  if (store.users.some((u) => u.id !== selfId && u.email.toLowerCase() === email)) throw invalid({ email: 'app.validation.emailTaken' });
}

/** An admin keeps their own way in: they cannot demote or disable themselves (decision 011). */
function checkNotYourself(store: MockStore, before: MockUser, after: Pick<MockUser, 'role' | 'disabled'>) {
  if (signedInUser(store)?.id !== before.id) return;
  const errors: Record<string, string> = {};
  if (after.role !== before.role) errors.role = 'app.validation.notYourself';
  if (after.disabled && !before.disabled) errors.disabled = 'app.validation.notYourself';
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

export function createUser(store: MockStore, body: unknown, { guard = true }: WriteOptions = {}): MockUser {
  if (guard) mustBeAllowed(store, 'create', 'users');
  const { password, ...input } = parseWith(userCreateSchema, asObject(body));
  checkEmailIsFree(store, input.email);
  const now = nowIn(store);
  const user: MockUser = { ...input, region: input.region ?? null, id: Math.max(0, ...store.users.map((u) => u.id)) + 1, version: 1, createdAt: now, updatedAt: now };
  store.users.push(user);
  store.passwords.set(user.id, password);
  appendAudit(store, { action: 'create', resource: 'users', recordId: user.id, changes: diffOf('users', null, user, { passwordSet: true }) }, now);
  return viewOf(user);
}

/** Writes `body` over the stored user; a blank or missing password keeps the one they have. */
export function updateUser(store: MockStore, id: number, body: unknown, { guard = true }: WriteOptions = {}): MockUser {
  if (guard) mustBeAllowed(store, 'update', 'users');
  const before = mustFind(store, id);
  const changes = asObject(body);
  checkVersion(before, changes.version);
  const { password, ...input } = parseWith(userUpdateSchema, { ...before, ...changes });
  checkEmailIsFree(store, input.email, id);
  checkNotYourself(store, before, input);
  const now = nowIn(store);
  const user: MockUser = { ...before, ...input, region: input.region ?? null, version: before.version + 1, updatedAt: now };
  store.users[store.users.indexOf(before)] = user;
  if (password !== undefined) store.passwords.set(id, password);
  const diff = diffOf('users', before, user, { passwordSet: password !== undefined });
  appendAudit(store, { action: 'update', resource: 'users', recordId: id, changes: diff }, now);
  return viewOf(user);
}

/** The partnerships they own and the stage moves they signed still name them: such a user is disabled, not deleted. */
function isReferenced(store: MockStore, id: number) {
  for (const p of store.tables.partnerships.values()) {
    if (p.ownerId === id || p.stageHistory.some((change) => change.by === id)) return true;
  }
  return false;
}

export function deleteUser(store: MockStore, id: number, version?: number, { guard = true }: WriteOptions = {}): MockUser {
  if (guard) mustBeAllowed(store, 'delete', 'users');
  const before = mustFind(store, id);
  if (version !== undefined) checkVersion(before, version);
  if (signedInUser(store)?.id === id) throw new ApiError(400, 'app.validation.notYourself');
  if (isReferenced(store, id)) throw new ApiError(409, 'app.error.userInUse');
  store.users = store.users.filter((u) => u !== before);
  store.passwords.delete(id);
  appendAudit(store, { action: 'delete', resource: 'users', recordId: id, changes: diffOf('users', before, null, { passwordSet: true }) }, nowIn(store));
  return viewOf(before);
}

/** POST /api/auth/password: a new password of one's own. The user's version counts up, as any change of theirs. */
export function changeOwnPassword(store: MockStore, user: MockUser, password: string) {
  const now = nowIn(store);
  store.users[store.users.indexOf(user)] = { ...user, version: user.version + 1, updatedAt: now };
  store.passwords.set(user.id, password);
  appendAudit(store, { action: 'update', resource: 'users', recordId: user.id, changes: diffOf('users', user, user, { passwordSet: true }) }, now);
}
