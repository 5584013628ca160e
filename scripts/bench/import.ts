/**
 * npm run bench:import — the import (decision 017) of the project's own gazetteer cities and
 * 2,000 generated partnerships, from CSV and from XLSX, each on a fresh SQLite database file:
 * the dry run, then the import, timed through the app as a client calls it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createApp } from '../../server/app';
import { createSession } from '../../server/auth/sessions';
import { TEST_PASSWORDS } from '../../server/auth/testPasswords';
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/database';
import { seedDatabase } from '../../server/db/seed';
import { loadGazetteer } from '../../server/gazetteer';
import { seedUsers } from '../../src/domain/seed/users';

const PARTNERSHIPS = 2_000;
const TODAY = new Date().toISOString().slice(0, 10);
const gazetteer = loadGazetteer();

const cityRows = [['Name', 'Country', 'State', 'GeoNames id', 'Latitude', 'Longitude', 'Population'], ...gazetteer.map((c) => [c.name, c.country, c.admin1, c.geonameId, c.lat, c.lng, c.population])];
const CITY_MAPPING = { name: 'Name', country: 'Country', admin1: 'State', geonameId: 'GeoNames id', lat: 'Latitude', lng: 'Longitude', population: 'Population' };

/** Distinct pairs, half open, half signed; the cities named by GeoNames id, or by name and country. */
function partnershipRows() {
  const african = gazetteer.filter((c) => c.country !== 'US');
  const us = gazetteer.filter((c) => c.country === 'US');
  const rows: unknown[][] = [['African city', 'Country', 'Province', 'US city GeoNames id', 'Kind', 'Stage', 'Signed on', 'Cohort', 'Focus areas']];
  for (let i = 0; i < PARTNERSHIPS; i++) {
    const [a, u] = [african[i % african.length]!, us[(i * 7) % us.length]!];
    const signed = i % 2 === 0;
    rows.push([a.name, a.country, a.admin1, u.geonameId, 'sister', signed ? 'signed' : 'exploring', signed ? '2024-05-01' : '', '500in5', 'youth_education; business_trade']);
  }
  return rows;
}
const PARTNERSHIP_MAPPING = { africanCityName: 'African city', africanCityCountry: 'Country', africanCityAdmin1: 'Province', usCityGeonameId: 'US city GeoNames id', kind: 'Kind', stage: 'Stage', signedAt: 'Signed on', cohort: 'Cohort', focusAreas: 'Focus areas' };

async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Import').addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function freshApp(dir: string, name: string) {
  const handle = openDatabase(`file:${join(dir, `${name}.sqlite`)}`);
  await migrate(handle.db);
  await seedDatabase(handle, { users: seedUsers(), cities: [], partnerships: [], events: [], programs: [] });
  const app = createApp({ handle, now: () => new Date().toISOString(), today: () => TODAY, gazetteer: [], passwords: TEST_PASSWORDS });
  const cookie = `sid=${await createSession(handle.db, 1, new Date().toISOString())}`;
  return { handle, app, cookie };
}

type Setup = Awaited<ReturnType<typeof freshApp>>;

async function timed({ app, cookie }: Setup, path: string, resource: string, fileName: string, body: Uint8Array, mapping: object) {
  const query = new URLSearchParams({ resource, fileName, mapping: JSON.stringify(mapping), duplicates: 'skip' });
  const started = performance.now();
  const response = await app.request(`/api/imports${path}?${query}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/octet-stream' }, body: body as BodyInit });
  const json = (await response.json()) as { totals?: object; message?: string };
  if (response.status !== 200) throw new Error(`${path} ${resource}: ${response.status} ${JSON.stringify(json)}`);
  return { ms: performance.now() - started, totals: json.totals };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const files = {
    csv: { cities: new TextEncoder().encode(Papa.unparse(cityRows)), partnerships: new TextEncoder().encode(Papa.unparse(partnershipRows())) },
    xlsx: { cities: await xlsxOf(cityRows), partnerships: await xlsxOf(partnershipRows()) },
  };
  console.info(`| format | what | rows | dry run | import | outcome |\n|---|---|---|---|---|---|`);
  try {
    for (const format of ['csv', 'xlsx'] as const) {
      const setup = await freshApp(dir, format);
      for (const [resource, mapping] of [['cities', CITY_MAPPING], ['partnerships', PARTNERSHIP_MAPPING]] as const) {
        const [body, fileName] = [files[format][resource], `${resource}.${format}`];
        const dry = await timed(setup, '/dry-run', resource, fileName, body, mapping);
        const run = await timed(setup, '', resource, fileName, body, mapping);
        const kb = (body.length / 1024).toFixed(0);
        console.info(`| ${format} (${kb} KB) | ${resource} | ${resource === 'cities' ? cityRows.length - 1 : PARTNERSHIPS} | ${dry.ms.toFixed(0)} ms | ${run.ms.toFixed(0)} ms | ${JSON.stringify(run.totals)} |`);
      }
      await setup.handle.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
