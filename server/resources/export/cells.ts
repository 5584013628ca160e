/** What one exported cell holds: text, a number (stays a number in both formats), or nothing. */
export type Cell = string | number | null;

/** Characters a spreadsheet reads as the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet will never run: text starting like a formula gets an apostrophe in
 * front (the OWASP way), so `=HYPERLINK(…)` shows as text. Numbers are left alone: the
 * export writes them itself (a population, a year), and a negative number is a number.
 */
export function neutralise(cell: Cell | undefined): Cell {
  if (cell === undefined || cell === null || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
