import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createExportServer, ADMIN_ID } from './testExportServer';

const EVIL = ['=HYPERLINK("http://evil.example","click")', '+1 555 0100, call back', '-2+3 budget', '@SUM(A1:A9)'];
const nextStepOf = (i: number) => (i % 10 === 0 ? EVIL[(i / 10) % EVIL.length]! : `Call back ${i}`);
const COUNT = 2000;

const BOM = [0xef, 0xbb, 0xbf];

async function readCsv(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const { data, meta, errors } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  return { bom: Array.from(bytes.subarray(0, 3)), header: meta.fields ?? [], rows: data };
}

async function readXlsx(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const values = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);
  const header = values(1) as string[];
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => Object.fromEntries(header.map((title, column) => [title, values(i + 2)[column]])));
  return { title: sheet.name, header, rows };
}

const query = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]));

describe.each(TEST_BACKENDS)('the export of a list, on %s', (backend) => {
  let server: Awaited<ReturnType<typeof createExportServer>>;

  beforeAll(async () => {
    server = await createExportServer(backend);
    await server.makePartnerships(COUNT, nextStepOf);
  }, 120_000);
  afterAll(() => server.close());

  it('gives every one of 2,000 partnerships as CSV in English: BOM, titled columns, labels, formulas neutralised', async () => {
    const response = await server.get(`/partnerships/export?${query({ format: 'csv', locale: 'en' })}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="partnerships-2026-11-28.csv"');
    const { bom, header, rows } = await readCsv(response);
    expect(bom).toEqual(BOM);
    expect(header).toEqual(expect.arrayContaining(['Number', 'African city', 'US city', 'AU region', 'Stage', 'Focus areas', 'Owner', 'Next step']));
    expect(rows).toHaveLength(COUNT);
    expect(new Set(rows.map((row) => row.Number)).size).toBe(COUNT);
    expect(rows[0]).toMatchObject({ Stage: 'Interest', Kind: 'Sister city', 'AU region': 'Western Africa', Country: 'Ghana', Owner: 'Marcus Ellison', 'Focus areas': 'Youth & education', Stalled: 'No' });
    const steps = new Set(rows.map((row) => row['Next step']));
    for (const formula of EVIL) {
      expect(steps).toContain(`'${formula}`);
      expect(steps).not.toContain(formula);
    }
  });

  it('titles and labels the CSV in French', async () => {
    const { header, rows } = await readCsv(await server.get(`/partnerships/export?${query({ format: 'csv', locale: 'fr' })}`));
    expect(header).toEqual(expect.arrayContaining(['Ville africaine', 'Étape', 'Prochaine étape']));
    expect(rows).toHaveLength(COUNT);
    expect(rows[0]).toMatchObject({ Étape: 'Intérêt', 'Ville africaine': expect.stringMatching(/^Testville/) });
  });

  it('gives every one of 2,000 partnerships as XLSX, in English and in French, formulas neutralised', async () => {
    const en = await readXlsx(await server.get(`/partnerships/export?${query({ format: 'xlsx', locale: 'en' })}`));
    expect(en.title).toBe('Partnerships');
    expect(en.rows).toHaveLength(COUNT);
    expect(new Set(en.rows.map((row) => row.Number)).size).toBe(COUNT);
    expect(typeof en.rows[0]!.Number).toBe('number');
    expect(en.rows[0]).toMatchObject({ Stage: 'Interest', 'US city': expect.stringMatching(/^Testburg/) });
    const steps = new Set(en.rows.map((row) => row['Next step']));
    for (const formula of EVIL) {
      expect(steps).toContain(`'${formula}`);
      expect(steps).not.toContain(formula);
    }
    const fr = await readXlsx(await server.get(`/partnerships/export?${query({ format: 'xlsx', locale: 'fr' })}`));
    expect(fr.header).toEqual(expect.arrayContaining(['Ville africaine', 'Étape', 'Prochaine étape']));
    expect(fr.rows).toHaveLength(COUNT);
    expect(fr.rows[0]).toMatchObject({ Étape: 'Intérêt' });
  });

  it('gives the rows the filter matches, in the list’s sort', async () => {
    const filter = { q: 'Testville 7' };
    const { rows } = await readCsv(await server.get(`/partnerships/export?${query({ format: 'csv', filter, sort: ['usCityName', 'DESC'] })}`));
    // "Testville 7" only: "Testville 7x" does not exist with 50 African cities but 70 to 79 would.
    expect(rows).toHaveLength(COUNT / 50);
    expect(rows.every((row) => row['African city'] === 'Testville 7')).toBe(true);
    const names = rows.map((row) => row['US city']!);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('refuses what the list refuses: an unknown filter, a format or a language it does not know', async () => {
    expect((await server.get(`/partnerships/export?${query({ filter: { secret: 1 } })}`)).status).toBe(400);
    expect((await server.get(`/partnerships/export?format=pdf`)).status).toBe(400);
    expect((await server.get(`/partnerships/export?locale=de`)).status).toBe(400);
  });

  it('follows the list’s role rule: the whole audit log for admins only', async () => {
    expect((await server.get('/audit/export')).status).toBe(403);
    const { rows } = await readCsv(await server.get('/audit/export?locale=en', ADMIN_ID));
    expect(rows[0]).toMatchObject({ Who: 'Marcus Ellison', Action: 'Created', 'Record type': 'Partnership' });
  });
});
