import { DIRECTORY_LIST_SPECS, textKeysOf } from '../../src/domain';
import type { DatabaseHandle } from '../db/database';
import { PASSWORD_CHANGED } from '../lib/audit';
import { createWritePath } from '../lib/writePath';
import { generatePassword, type PasswordHasher } from './password';
import { endSessionsOf } from './sessions';

export const DEFAULT_ADMIN_EMAIL = 'admin@500in5.local';

interface FirstAdminOptions {
  email?: string;
  password?: string;
  now: string;
  passwords: PasswordHasher;
  /** Where a generated password is shown, once. */
  tell: (message: string) => void;
}

/**
 * A fresh install must have a way in: when no enabled admin can sign in, ADMIN_EMAIL (or
 * admin@500in5.local) becomes one, with ADMIN_PASSWORD or a generated password printed once.
 * An existing user of that email is promoted. Once an admin exists, nothing here changes:
 * ADMIN_PASSWORD never resets a password someone has since changed. Written through the
 * write path in the server's own name (no actor), so the history shows it.
 */
export async function ensureFirstAdmin(handle: Pick<DatabaseHandle, 'db' | 'dialect'>, { email = DEFAULT_ADMIN_EMAIL, password, now, passwords, tell }: FirstAdminOptions): Promise<void> {
  const admin = await handle.db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .where('passwordHash', 'is not', null)
    .executeTakeFirst();
  if (admin) return;
  const secret = password ?? generatePassword();
  const passwordHash = await passwords.hash(secret);
  const address = email.trim().toLowerCase();
  const write = createWritePath(handle);
  await write({ actor: null, now, today: now.slice(0, 10) }, async (tx) => {
    const existing = await tx.selectFrom('users').select(['id', 'version']).where('email', '=', address).executeTakeFirst();
    const admin = { role: 'admin', region: null, disabled: 0, passwordHash, updatedAt: now };
    let id: number;
    if (existing) {
      await tx.updateTable('users').set({ ...admin, version: existing.version + 1 }).where('id', '=', existing.id).execute();
      // A new password ends whatever sessions the account had.
      await endSessionsOf(tx, existing.id);
      id = existing.id;
    } else {
      const named = { email: address, fullName: 'Administrator' };
      const row = await tx
        .insertInto('users')
        .values({ ...named, ...textKeysOf(DIRECTORY_LIST_SPECS.users, named), ...admin, version: 1, createdAt: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    }
    const extra = { role: { before: null, after: 'admin' }, ...PASSWORD_CHANGED };
    return { action: existing ? 'update' : 'create', resource: 'users', recordId: id, before: null, after: null, extra } as const;
  });
  tell(
    password
      ? `First start: ${address} is the admin, with the password in ADMIN_PASSWORD.`
      : `First start: ${address} is the admin. Its password, shown only this once: ${secret}\nSign in and change it (user menu → Change password).`,
  );
}
