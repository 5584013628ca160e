import type { AuditRow } from '../../domain';

export { SECRET } from '../../domain';

/** One row of GET /api/audit (docs/decisions/011). */
export type AuditEntry = AuditRow;

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
