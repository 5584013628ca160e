import Papa from 'papaparse';
import { ApiError } from '../../lib/errors';

/** A file read as a table: its header row, and each row after it as the cells' text. */
export interface Table {
  headers: string[];
  rows: string[][];
}

/** More rows than this are refused: one import is one transaction, held while it runs. */
export const MAX_ROWS = 20_000;

const unreadable = () => new ApiError(400, 'app.import.unreadable');

function tableOf(lines: string[][]): Table {
  const [headers, ...rows] = lines;
  if (!headers || headers.every((header) => header.trim() === '')) throw new ApiError(400, 'app.import.noHeader');
  if (rows.length > MAX_ROWS) throw new ApiError(413, 'app.import.tooManyRows');
  return { headers: headers.map((header) => header.trim()), rows: rows.filter((row) => row.some((cell) => cell.trim() !== '')) };
}

export function parseCsv(bytes: Uint8Array): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'app.import.notUtf8');
  }
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return tableOf(data);
}

type Cell = { value: unknown };

/** A cell as the text a person sees in it; dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return (value.richText as { text: string }[]).map((run) => run.text).join('');
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return cellText(value.text);
  return '';
}

/** The first worksheet. exceljs loads on first use: it is large, and the page's normal bundle never carries it. */
export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  const lines: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText((row.getCell(column) as Cell).value));
    lines.push(cells);
  });
  return tableOf(lines);
}

/** A CSV or XLSX file, told apart by its name (an XLSX file is a zip: PK at the start). */
export async function parseTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(fileName) || zipped) return parseXlsx(bytes);
  if (/\.(csv|txt)$/i.test(fileName)) return parseCsv(bytes);
  throw new ApiError(400, 'app.import.fileType');
}
