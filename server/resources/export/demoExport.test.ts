import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../../src/domain/seed';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { loadGazetteer } from '../../gazetteer';
import { TEST_TODAY } from '../partnerships/testServer';
import { createExportServer } from './testExportServer';

const demo = generateSeed({ gazetteer: loadGazetteer(), today: TEST_TODAY });
// The demo's gazetteer cities and three added by hand: the 1,413 cities of the report.
const ADDED = [
  { name: 'Testville 1', country: 'GH' },
  { name: 'Testville 2', country: 'GH' },
  { name: 'Testburg 1', country: 'US', admin1: 'OH' },
];
const CITIES = demo.cities.length + ADDED.length;

const csvRows = async (response: Response) =>
  Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe.each(TEST_BACKENDS)('the export of the demo data, on %s', (backend) => {
  let server: Awaited<ReturnType<typeof createExportServer>>;

  beforeAll(async () => {
    server = await createExportServer(backend, demo);
    await server.makeCities(ADDED);
  }, 120_000);
  afterAll(() => server.close());

  it('gives all 1,413 cities, not the first 1,000, southern latitudes as negative numbers', async () => {
    expect(CITIES).toBe(1413);
    const rows = await csvRows(await server.get('/cities/export?format=csv&locale=en'));
    expect(rows).toHaveLength(CITIES);
    expect(new Set(rows.map((row) => row.Id)).size).toBe(CITIES);
    const johannesburg = rows.find((row) => row.Name === 'Johannesburg')!;
    expect(johannesburg).toMatchObject({ Country: 'South Africa', Region: 'Southern Africa', Side: 'Africa' });
    expect(Number(johannesburg.Latitude)).toBeLessThan(0);
    expect(johannesburg.Latitude).toMatch(/^-\d/);
  });

  it('gives all 1,413 cities as XLSX, a negative latitude a number, not text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await server.get('/cities/export?format=xlsx&locale=fr')).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Villes');
    expect(sheet.rowCount - 1).toBe(CITIES);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const latitude = header.indexOf('Latitude') + 1;
    const johannesburg = sheet.getColumn(header.indexOf('Nom') + 1).values.indexOf('Johannesburg');
    const cell = sheet.getRow(johannesburg).getCell(latitude).value;
    expect(typeof cell).toBe('number');
    expect(cell).toBeLessThan(0);
  });

  it('names the linked records of events and programs instead of their ids', async () => {
    const events = await csvRows(await server.get('/events/export?locale=en'));
    expect(events).toHaveLength(demo.events.length);
    const linked = events.find((row) => row.Partnerships !== '')!;
    expect(linked.Partnerships).toMatch(/^[^;]+ ↔ [^;]+/);
    const programs = await csvRows(await server.get('/programs/export?locale=fr'));
    expect(programs).toHaveLength(demo.programs.length);
    expect(programs.some((row) => /\D/.test(row.Villes ?? ''))).toBe(true);
  });

  it('gives the team directory with roles in the user’s language', async () => {
    const users = await csvRows(await server.get('/users/export?locale=fr'));
    expect(users).toHaveLength(demo.users.length);
    expect(users.find((row) => row['Nom complet'] === 'Ada Whitfield')).toMatchObject({ Rôle: 'Administrateur', Désactivé: 'Non' });
  });
});
