/** One row of GET /api/audit (docs/decisions/011): who changed what, and each field before → after. */
export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string;
  action: 'create' | 'update' | 'delete';
  resource: string;
  recordId: number;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** What the API writes in place of a secret (a password): shown as "changed", never as a value. */
export const SECRET = '…';

/**
 * A stored value in plain words: empty is "—", a list is comma-separated, yes/no are
 * translated; anything nested reads as JSON rather than as "[object Object]".
 */
export function plainValue(value: unknown, words: { none: string; yes: string; no: string }): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map((item) => plainValue(item, words)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
