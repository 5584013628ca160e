/**
 * The list contract's order and search, stated once for the cases that compute what they
 * expect from their own data (DESIGN.md, decision 012): text sorts and `q` ignore case and
 * accents (the domain's foldText), compared character by character; nulls last either way;
 * ties by id in the same direction.
 */
import { foldText, type ResourceSpec, type Sort } from '../../src/domain';

/** Compares by code point, as the databases compare the folded keys (byte by byte in UTF-8). */
function byCodePoint(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const difference = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return x.length - y.length;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return byCodePoint(a, b);
  return Number(a) - Number(b);
}

/** A comparator of rows in the order a list of `spec` sorted by `sort` must answer. */
export function listOrder(spec: ResourceSpec, { field, order }: Sort): (a: { id: number }, b: { id: number }) => number {
  const sign = order === 'ASC' ? 1 : -1;
  const text = spec.fields[field]?.type === 'text';
  const keyOf = (row: object) => {
    const value = (row as Record<string, unknown>)[field];
    if (value === null || value === undefined) return null;
    return text ? foldText(String(value)) : value;
  };
  return (a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const difference = compareValues(x, y);
      if (difference !== 0) return sign * difference;
    }
    return sign * (a.id - b.id);
  };
}

/** Whether `q` finds the row: its folded text inside one of the searched fields, folded. */
export const searchFinds = (spec: ResourceSpec, q: string, row: object): boolean =>
  spec.search.some((field) => {
    const value = (row as Record<string, unknown>)[field];
    return typeof value === 'string' && foldText(value).includes(foldText(q.trim()));
  });
