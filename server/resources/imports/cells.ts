import type { FieldKind } from '../../../src/domain/importFields';

const TRUE = new Set(['true', 'yes', 'oui', 'y', 'o', '1', 'x', 'vrai']);
const FALSE = new Set(['false', 'no', 'non', 'n', '0', 'faux']);

/** "Youth education", "youth-education" and "youth_education" all name the key youth_education. */
const asKey = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '_');

function number(text: string): number | string {
  const plain = text.replace(/[\s\u00a0\u202f_]/g, '');
  // A lone decimal comma is the French way of writing 5.6.
  const dotted = /^-?\d+,\d+$/.test(plain) ? plain.replace(',', '.') : plain;
  const value = Number(dotted);
  // What is not a number stays text, which the schema refuses with its own message.
  return dotted !== '' && Number.isFinite(value) ? value : text;
}

function choice(text: string, keys: readonly string[]): string {
  const key = asKey(text);
  return keys.find((candidate) => candidate.toLowerCase() === key) ?? text;
}

const items = (text: string) =>
  text
    .split(/[;,|]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The value a cell's text stands for, as a form would send it; `undefined` for an empty cell
 * (the field is left as it is). What cannot be read is passed on as it was written, for the
 * schema to refuse with the message the form shows.
 */
export function cellValue(text: string, kind: FieldKind): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'text' || kind === 'date') return trimmed;
  if (kind === 'number' || kind === 'integer') return number(trimmed);
  if (kind === 'boolean') {
    const key = trimmed.toLowerCase();
    return TRUE.has(key) ? true : FALSE.has(key) ? false : trimmed;
  }
  if (kind === 'list') return items(trimmed).map((item) => item.toLowerCase());
  if ('choice' in kind) return choice(trimmed, kind.choice);
  return items(trimmed).map((item) => choice(item, kind.choices));
}
