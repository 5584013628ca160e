import type { Cell } from './cells';

/** Excel refuses sheet names over 31 characters or with any of []:*?/\ in them. */
const sheetNameOf = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';

/**
 * An XLSX workbook of one sheet: the header in bold and frozen, then every row, numbers as
 * numbers. exceljs is loaded on the first XLSX export only (in mock mode it runs in the page).
 */
export async function xlsxBytes(title: string, header: readonly string[], chunks: AsyncIterable<Cell[][]>): Promise<Uint8Array<ArrayBuffer>> {
  // A CommonJS module: its exports are the default export, under Node as in the page.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for await (const rows of chunks) {
    for (const row of rows) sheet.addRow(row);
  }
  // A Buffer under Node, an ArrayBuffer in the page: bytes either way.
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayLike<number>);
}
