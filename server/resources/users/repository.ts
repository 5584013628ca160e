import type { Selectable } from 'kysely';
import { z } from 'zod';
import {
  DIRECTORY_LIST_SPECS,
  SECRET,
  passwordSchema,
  textKeysOf,
  userCreateSchema,
  userUpdateSchema,
  type Actor,
  type AuRegion,
  type ListQuery,
  type ResourceSpec,
  type Role,
  type User,
} from '../../../src/domain';
import type { PasswordHasher } from '../../auth/password';
import { endSessionsOf } from '../../auth/sessions';
import { dialectOf, type DbOrTx } from '../../db/database';
import type { UserTable } from '../../db/schema';
import { PASSWORD_CHANGED, type Changes } from '../../lib/audit';
import { ApiError, notFound } from '../../lib/errors';
import { sortTerms } from '../../lib/listSql';
import { checkBodyVersion, checkIfMatch, invalid, isUniqueViolation, parseRecord, refuseIfAny } from '../../lib/records';
import { parseWith } from '../../lib/validate';
import type { RecordChange, Writer } from '../../lib/writePath';
import { whereSpecList } from '../specLists';
import { deleteViewsOf } from '../views/repository';

/** What GET /api/users may be sorted and filtered by (the domain's list contract). */
export const USER_LIST: ResourceSpec = DIRECTORY_LIST_SPECS.users;

/** A user as the API shows them: never the password hash. */
export interface UserView extends User {
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The columns an answer is read from: the hash is never even selected. */
const SHOWN = ['id', 'email', 'fullName', 'role', 'region', 'disabled', 'version', 'createdAt', 'updatedAt'] as const;
type Row = Pick<Selectable<UserTable>, (typeof SHOWN)[number]>;

const toUser = (row: Row): UserView => ({
  id: row.id,
  email: row.email,
  fullName: row.fullName,
  role: row.role as Role,
  region: row.region as AuRegion | null,
  disabled: Boolean(row.disabled),
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** A page of the team, counted directly: the team is small. */
export async function listUsers(db: DbOrTx, query: ListQuery) {
  const where = whereSpecList<'users'>(USER_LIST, query.conditions);
  const [start, end] = query.range;
  const [first, then] = sortTerms(USER_LIST, query);
  const rows = await db.selectFrom('users').select(SHOWN).where(where).orderBy(first).orderBy(then).limit(end - start + 1).offset(start).execute();
  const { total } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('total')).where(where).executeTakeFirstOrThrow();
  return { data: rows.map(toUser), total: Number(total), start };
}

export async function getUser(db: DbOrTx, id: number): Promise<UserView> {
  const row = await db.selectFrom('users').select(SHOWN).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toUser(row);
}

async function lockedUser(tx: DbOrTx, id: number): Promise<UserView> {
  let query = tx.selectFrom('users').select(SHOWN).where('id', '=', id);
  if (dialectOf(tx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return toUser(row);
}

const userKeys = (user: Pick<User, 'email' | 'fullName'>) => textKeysOf(USER_LIST, user) as Pick<UserTable, 'emailKey' | 'fullNameKey'>;

const emailTaken = () => invalid({ email: 'app.validation.emailTaken' });

/** Emails are stored lower-case (the schema folds them), so equality is case-insensitive. */
async function checkEmailIsFree(tx: DbOrTx, email: string, selfId: number | null) {
  let query = tx.selectFrom('users').select('id').where('email', '=', email);
  if (selfId !== null) query = query.where('id', '!=', selfId);
  if (await query.executeTakeFirst()) throw emailTaken();
}

/** Whether the unique index refused the email (PostgreSQL names the constraint, SQLite the column). */
const isEmailViolation = (error: unknown) => {
  const { constraint, message } = (error ?? {}) as { constraint?: string; message?: string };
  return isUniqueViolation(error) && /email/.test(`${constraint ?? ''} ${message ?? ''}`);
};

/** A lost race for an email reads as the same refusal (the column is unique). */
async function guardEmail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isEmailViolation(error)) throw emailTaken();
    throw error;
  }
}

/** An admin keeps their own way in: they cannot demote or disable themselves (decision 011). */
function checkNotYourself(actor: Actor | null, before: UserView, after: Pick<User, 'role' | 'disabled'>) {
  if (actor?.id !== before.id) return;
  const errors: Record<string, string> = {};
  if (after.role !== before.role) errors.role = 'app.validation.notYourself';
  if (after.disabled && !before.disabled) errors.disabled = 'app.validation.notYourself';
  refuseIfAny(errors);
}

/**
 * The hash of the new password a body carries, or undefined when it keeps the old one (blank
 * or left out). Hashed before the write transaction opens: scrypt takes a few hundred ms,
 * which the database's write lock should not wait for.
 */
export async function newPasswordHash(passwords: PasswordHasher, body: Record<string, unknown>): Promise<string | undefined> {
  if (body.password === undefined || body.password === null || body.password === '') return undefined;
  const { password } = parseWith(z.object({ password: passwordSchema }), { password: body.password });
  return passwords.hash(password);
}

/** How the history shows the password: that it was set or went, never a value. */
const PASSWORD_SET: Changes = { password: { before: null, after: SECRET } };
const PASSWORD_GONE: Changes = { password: { before: SECRET, after: null } };

/** A new user as sent, checked: read before the password is hashed, which costs a few hundred ms. */
export const parseNewUser = (body: Record<string, unknown>) => parseRecord(userCreateSchema, body);
type NewUser = Omit<ReturnType<typeof parseNewUser>, 'password'>;

/** `passwordHash` was made before the transaction: scrypt should not hold the write lock. */
export async function createUser(tx: DbOrTx, input: NewUser, passwordHash: string, { now }: Writer): Promise<RecordChange<UserView>> {
  await checkEmailIsFree(tx, input.email, null);
  const row = await guardEmail(() =>
    tx
      .insertInto('users')
      .values({ ...input, ...userKeys(input), disabled: input.disabled ? 1 : 0, passwordHash, version: 1, createdAt: now, updatedAt: now })
      .returning(SHOWN)
      .executeTakeFirstOrThrow(),
  );
  const user = toUser(row);
  return { action: 'create', resource: 'users', recordId: user.id, before: null, after: user, extra: PASSWORD_SET };
}

/**
 * Lays the body over the stored user; a blank or missing password keeps theirs. Disabling a
 * user or giving them a new password ends their sessions in the same transaction (an admin
 * changing their own password keeps the session they do it from).
 */
export async function updateUser(
  tx: DbOrTx,
  id: number,
  body: Record<string, unknown>,
  { passwordHash, sessionToken }: { passwordHash?: string; sessionToken?: string },
  { actor, now }: Writer,
): Promise<RecordChange<UserView>> {
  const before = await lockedUser(tx, id);
  checkBodyVersion(before, body.version);
  const { password: _password, ...input } = parseRecord(userUpdateSchema, { ...before, ...body });
  await checkEmailIsFree(tx, input.email, id);
  checkNotYourself(actor, before, input);
  const row = await guardEmail(() =>
    tx
      .updateTable('users')
      .set({ ...input, ...userKeys(input), disabled: input.disabled ? 1 : 0, ...(passwordHash ? { passwordHash } : {}), version: before.version + 1, updatedAt: now })
      .where('id', '=', id)
      .returning(SHOWN)
      .executeTakeFirstOrThrow(),
  );
  const user = toUser(row);
  if (passwordHash || (user.disabled && !before.disabled)) await endSessionsOf(tx, id, actor?.id === id ? sessionToken : undefined);
  return { action: 'update', resource: 'users', recordId: id, before, after: user, extra: passwordHash ? PASSWORD_CHANGED : undefined };
}

/**
 * Whether the partnerships or the stage histories name the user. Such a user is refused
 * deletion (409) rather than written out of them: the history keeps who moved a stage, and an
 * owner is handed over on purpose, not lost. Disabling is how such a user leaves.
 */
async function isReferenced(tx: DbOrTx, id: number): Promise<boolean> {
  const [owner, mover] = await Promise.all([
    tx.selectFrom('partnerships').select('id').where('ownerId', '=', id).limit(1).executeTakeFirst(),
    tx.selectFrom('stageHistory').select('id').where('by', '=', id).limit(1).executeTakeFirst(),
  ]);
  return Boolean(owner || mover);
}

/**
 * An admin cannot delete themselves; their sessions and saved views (shared ones too) go with
 * the user.
 */
export async function deleteUser(tx: DbOrTx, id: number, version: number | undefined, { actor }: Writer): Promise<RecordChange<null>> {
  const before = await lockedUser(tx, id);
  checkIfMatch(before, version);
  if (actor?.id === id) throw new ApiError(400, 'app.validation.notYourself');
  if (await isReferenced(tx, id)) throw new ApiError(409, 'app.error.userInUse');
  await endSessionsOf(tx, id);
  await deleteViewsOf(tx, id);
  await tx.deleteFrom('users').where('id', '=', id).execute();
  return { action: 'delete', resource: 'users', recordId: id, before, after: null, extra: PASSWORD_GONE };
}
