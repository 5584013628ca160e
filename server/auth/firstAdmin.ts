import type { DbOrTx } from '../db/client';
import { PASSWORD_CHANGED } from '../lib/audit';
import { generatePassword, hashPassword } from './password';
import { endSessionsOf } from './sessions';

export const DEFAULT_ADMIN_EMAIL = 'admin@500in5.local';

interface FirstAdminOptions {
  email?: string;
  password?: string;
  now: string;
  /** Where a generated password is shown, once. */
  tell: (message: string) => void;
}

/**
 * A fresh install must have a way in: when no enabled admin can sign in, ADMIN_EMAIL (or
 * admin@500in5.local) becomes one, with ADMIN_PASSWORD or a generated password printed once.
 * An existing user of that email is promoted. Once an admin exists, nothing here changes:
 * ADMIN_PASSWORD never resets a password someone has since changed.
 */
export async function ensureFirstAdmin(db: DbOrTx, { email = DEFAULT_ADMIN_EMAIL, password, now, tell }: FirstAdminOptions): Promise<void> {
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .where('passwordHash', 'is not', null)
    .executeTakeFirst();
  if (admin) return;
  const secret = password ?? generatePassword();
  const passwordHash = await hashPassword(secret);
  const address = email.trim().toLowerCase();
  const existing = await db.selectFrom('users').select(['id', 'version']).where('email', '=', address).executeTakeFirst();
  let id: number;
  if (existing) {
    await db
      .updateTable('users')
      .set({ role: 'admin', region: null, disabled: 0, passwordHash, version: existing.version + 1, updatedAt: now })
      .where('id', '=', existing.id)
      .execute();
    // A new password ends whatever sessions the account had.
    await endSessionsOf(db, existing.id);
    id = existing.id;
  } else {
    const row = await db
      .insertInto('users')
      .values({ email: address, fullName: 'Administrator', role: 'admin', region: null, disabled: 0, passwordHash, version: 1, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  }
  await db
    .insertInto('audit')
    .values({ at: now, userId: null, userName: null, action: existing ? 'update' : 'create', resource: 'users', recordId: id, changes: JSON.stringify({ role: { before: null, after: 'admin' }, ...PASSWORD_CHANGED }) })
    .execute();
  tell(
    password
      ? `First start: ${address} is the admin, with the password in ADMIN_PASSWORD.`
      : `First start: ${address} is the admin. Its password, shown only this once: ${secret}\nSign in and change it (user menu → Change password).`,
  );
}
