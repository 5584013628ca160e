import Papa from 'papaparse';
import type { Importable, RowReport } from './importApi';
import { labelKey } from './mapping';

type Translate = (key: string, options?: object) => string;

/** A cell a spreadsheet would run as a formula is written as text. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The reasons a row was refused, in words: "Field: message; …". */
export function reasonsOf(resource: Importable, row: RowReport, translate: Translate): string {
  return Object.entries(row.errors ?? {})
    .map(([field, key]) => `${translate(field === '_' ? 'app.import.row' : labelKey(resource, field))}: ${translate(key)}`)
    .join('; ');
}

/** The import report as a CSV file in the user's language: per row, its outcome, record and reasons. */
export function reportCsv(resource: Importable, report: readonly RowReport[], translate: Translate): Blob {
  const header = ['line', 'outcome', 'recordId', 'reason'].map((column) => translate(`app.import.report.${column}`));
  const rows = report.map((row) => [String(row.line), translate(`app.import.outcomes.${row.outcome}`), String(row.recordId ?? ''), inert(reasonsOf(resource, row, translate))]);
  // The byte-order mark lets spreadsheet programs read the accents as UTF-8.
  return new Blob([`\uFEFF${Papa.unparse([header, ...rows])}`], { type: 'text/csv;charset=utf-8' });
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
