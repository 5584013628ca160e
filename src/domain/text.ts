import type { ResourceSpec } from './listQuery';

/** Letters that no decomposition takes apart, and apostrophes written several ways. */
const SPELLED: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ŧ: 't', '’': "'", '‘': "'", ʼ: "'", ʻ: "'" };

/**
 * Text as search and sort compare it (decision 012): case and accents aside, so "lome" finds
 * Lomé and Ébolowa sorts beside Ebute. The same on every backend, because the folded text is
 * computed here and stored (`<field>Key`), then compared byte by byte by the database.
 * The text-keys migration holds a frozen copy: a change here needs a migration that refolds.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/[øđðłßæœıħþŧ’‘ʼʻ]/g, (letter) => SPELLED[letter]!)
    .replace(/[-‐‑‒–—]/g, ' ');
}

/** The column holding a field's folded text. */
export const keyColumn = (field: string) => `${field}Key`;

/** The text fields of a list that are searched or sorted: each has a key column. */
export function keyedFields(spec: ResourceSpec): string[] {
  const sorted = Object.entries(spec.fields)
    .filter(([, field]) => field.type === 'text' && field.sort)
    .map(([name]) => name);
  return [...new Set([...sorted, ...spec.search])];
}

/** The key columns of a row about to be written: each keyed field of `spec` the row holds, folded. */
export function textKeysOf(spec: ResourceSpec, row: object): Record<string, string | null> {
  return Object.fromEntries(
    keyedFields(spec)
      .filter((field) => field in row)
      .map((field) => {
        const value = (row as Record<string, unknown>)[field];
        return [keyColumn(field), typeof value === 'string' ? foldText(value) : null];
      }),
  );
}
