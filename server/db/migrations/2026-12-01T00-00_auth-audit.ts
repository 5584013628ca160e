import { PostgresAdapter, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Sign-in and the audit history (issue 4):
 * - sessions: only the SHA-256 of the cookie's token is stored; read with its user on every
 *   request, so deleting the row (logout) or disabling the user ends it at once;
 * - loginFailures: failed sign-ins per account and per address, to slow down guessing;
 * - audit: one row per create / update / delete, written in the change's own transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('sessions')
    .addColumn('tokenHash', 'text', (col) => col.primaryKey())
    .addColumn('userId', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('createdAt', 'text', (col) => col.notNull())
    .addColumn('lastSeenAt', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('userId').execute();

  await db.schema
    .createTable('loginFailures')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('lastFailureAt', 'text', (col) => col.notNull())
    .addColumn('blockedUntil', 'text')
    .execute();

  await db.schema
    .createTable('audit')
    .addColumn('id', pg ? 'bigserial' : 'integer', (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('userId', 'integer')
    .addColumn('userName', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('resource', 'text', (col) => col.notNull())
    .addColumn('recordId', 'integer', (col) => col.notNull())
    .addColumn('changes', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('audit_record').on('audit').columns(['resource', 'recordId', 'id']).execute();
  await db.schema.createIndex('audit_user').on('audit').columns(['userId', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit').execute();
  await db.schema.dropTable('loginFailures').execute();
  await db.schema.dropTable('sessions').execute();
}
