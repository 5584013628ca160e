/** The audit history (decision 011): one row per create, update or delete. */
export const AUDITED_RESOURCES = ['cities', 'partnerships', 'events', 'programs', 'inquiries', 'users', 'settings'] as const;
export type AuditedResource = (typeof AUDITED_RESOURCES)[number];
export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface FieldChange {
  before: unknown;
  after: unknown;
}
/** Each changed field, before → after; null stands for "no record" on create and delete. */
export type Changes = Record<string, FieldChange>;

/** What the API writes in place of a secret (a password): that it changed, never a value. */
export const SECRET = '…';

/** One write, as GET /api/audit shows it. `userId` is null for what the server did itself (the first admin). */
export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: AuditAction;
  resource: AuditedResource;
  recordId: number;
  changes: Changes;
}
