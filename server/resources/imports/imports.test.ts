import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createImportServer } from './importServer';

type Server = Awaited<ReturnType<typeof createImportServer>>;

const CITY_COLUMNS = { name: 'Name', country: 'Country', admin1: 'State', population: 'Population' };
const csv = (...lines: string[]) => ['Name,Country,State,Population', ...lines].join('\n');
const cities = (content: string, duplicates: 'update' | 'skip' = 'skip') => ({ resource: 'cities', name: 'cities.csv', content, mapping: CITY_COLUMNS, duplicates });

describe.each(TEST_BACKENDS)('imports on %s', (backend) => {
  let server: Server;
  let unique = 0;
  /** A city name no other test uses. */
  const fresh = (name: string) => `${name} ${backend} ${++unique}`;

  beforeAll(async () => {
    server = await createImportServer(backend);
  });
  afterAll(() => server?.close());

  it('reads the header row of a file, to map its columns', async () => {
    const { status, json } = await server.upload('/columns', { resource: 'cities', name: 'cities.csv', content: '\uFEFFName,Country\nAccra,GH\n' });
    expect({ status, json }).toEqual({ status: 200, json: { headers: ['Name', 'Country'], sample: [['Accra', 'GH']], rows: 1 } });
  });

  it('dry run: reports every bad row with the form’s translation keys, and writes nothing', async () => {
    const before = await server.state();
    const { status, json } = await server.upload(
      '/dry-run',
      cities(csv(`${fresh('Kumasi')},GH,,3000000`, ',GH,,', `${fresh('Nowhere')},ZZ,,`, `${fresh('Tamale')},GH,,many`, `${fresh('Dayton')},US,,`)),
    );
    expect({ status, totals: json.totals, report: json.report.map(({ recordId: _id, ...row }: { recordId?: number }) => row) }).toEqual({
      status: 200,
      totals: { created: 1, updated: 0, skipped: 0, refused: 4 },
      report: [
        { line: 2, outcome: 'created' },
        { line: 3, outcome: 'refused', errors: { name: 'app.validation.required' } },
        { line: 4, outcome: 'refused', errors: { country: 'app.validation.countryNotInScope' } },
        { line: 5, outcome: 'refused', errors: { population: 'app.validation.number' } },
        { line: 6, outcome: 'refused', errors: { admin1: 'app.validation.usState' } },
      ],
    });
    expect(await server.state()).toEqual(before);
  });

  it('imports every good row in one write, with one audit entry per record naming the import', async () => {
    const before = await server.state();
    const names = [fresh('Cape Coast'), fresh('Tema'), fresh('Akron')];
    const { status, json } = await server.upload('', cities(csv(`${names[0]},GH,,170000`, `${names[1]},GH,,`, `${names[2]},US,OH,190000`, ',GH,,')));
    const after = await server.state();
    const audit = await server.db.selectFrom('audit').select(['resource', 'action', 'recordId', 'changes']).where('id', '>', after.audit - 3).orderBy('id').execute();
    expect({ status, totals: json.totals, moved: { cities: after.cities - before.cities, audit: after.audit - before.audit, revision: after.revision - before.revision } }).toEqual({
      status: 200,
      totals: { created: 3, updated: 0, skipped: 0, refused: 1 },
      moved: { cities: 3, audit: 3, revision: 1 },
    });
    expect(audit.map((row) => ({ ...row, import: JSON.parse(row.changes).import }))).toEqual(
      json.report.slice(0, 3).map((row: { recordId: number }) => expect.objectContaining({ resource: 'cities', action: 'create', recordId: row.recordId, import: { before: null, after: json.id } })),
    );
  });

  it('streams its progress as NDJSON lines, then the import', async () => {
    const lines = Array.from({ length: 250 }, (_, i) => `${fresh(`Ville ${i}`)},GH,,`);
    const answer = await server.uploadStreaming(cities(csv(...lines)));
    expect(answer.map((line) => Object.keys(line)[0])).toEqual(['progress', 'progress', 'done']);
    expect([answer[1].progress, answer[2].done.totals]).toEqual([{ done: 200, total: 250 }, { created: 250, updated: 0, skipped: 0, refused: 0 }]);
  });

  it('a failure mid-way leaves nothing: no record, no audit entry, no import', async () => {
    const boom = fresh('Boom');
    await failInsertsOf(server, boom);
    const before = await server.state();
    const { status, json } = await server.upload('', cities(csv(`${fresh('Ho')},GH,,`, `${boom},GH,,`, `${fresh('Wa')},GH,,`)));
    expect({ status, json, state: await server.state(), logged: server.logged.at(-1) }).toEqual({
      status: 500,
      json: { message: 'app.error.server' },
      state: before,
      logged: expect.stringContaining('POST'),
    });
  });

  it('updates or skips the rows that are cities already, as the user chooses', async () => {
    const name = fresh('Sekondi');
    await server.upload('', cities(csv(`${name},GH,,100`)));
    const skipped = await server.upload('', cities(csv(`${name},GH,,200`), 'skip'));
    const updated = await server.upload('', cities(csv(`${name.toUpperCase()},GH,,300`), 'update'));
    const { json: stored } = await server.call('GET', `/cities/${updated.json.report[0].recordId}`);
    expect([skipped.json.totals, updated.json.totals, stored.population, stored.name]).toEqual([
      { created: 0, updated: 0, skipped: 1, refused: 0 },
      { created: 0, updated: 1, skipped: 0, refused: 0 },
      300,
      // Found whatever its case; an update writes the file's spelling.
      name.toUpperCase(),
    ]);
  });

  it('imports partnerships naming their cities, and updates the open pair they duplicate', async () => {
    const [african, us] = [fresh('Koforidua'), fresh('Canton')];
    await server.upload('', cities(csv(`${african},GH,,`, `${us},US,OH,`)));
    const mapping = { africanCityName: 'African city', africanCityCountry: 'Country', usCityName: 'US city', usCityState: 'State', kind: 'Kind', stage: 'Stage', cohort: 'Cohort' };
    const file = (stage: string) => `African city,Country,US city,State,Kind,Stage,Cohort\n${african},GH,${us},OH,Sister,${stage},500in5\n${african},GH,Atlantis,OH,sister,interest,500in5\n`;
    const created = await server.upload('', { resource: 'partnerships', name: 'p.csv', content: file('interest'), mapping });
    const updated = await server.upload('', { resource: 'partnerships', name: 'p.csv', content: file('exploring'), mapping, duplicates: 'update' });
    const { json: stored } = await server.call('GET', `/partnerships/${created.json.report[0].recordId}`);
    expect([created.json.report[1], updated.json.totals, stored.stage, stored.kind]).toEqual([
      { line: 3, outcome: 'refused', errors: { usCityId: 'app.validation.unknownCity' } },
      { created: 0, updated: 1, skipped: 0, refused: 1 },
      'exploring',
      'sister',
    ]);
  });

  it('reads XLSX files as CSV ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cities');
    const name = fresh('Obuasi');
    sheet.addRows([['Name', 'Country', 'State', 'Population'], [name, 'GH', null, 175000]]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { json } = await server.upload('', { resource: 'cities', name: 'cities.xlsx', content, mapping: CITY_COLUMNS });
    const { json: stored } = await server.call('GET', `/cities/${json.report[0].recordId}`);
    expect([stored.name, stored.population]).toEqual([name, 175000]);
  });

  it('asks each row of the role’s rules: a coordinator imports only cities of their region', async () => {
    await server.signIn(7);
    const { json } = await server.upload('/dry-run', cities(csv(`${fresh('Takoradi')},GH,,`, `${fresh('Nakuru')},KE,,`)));
    await server.signIn(2);
    expect(json.report.map((row: { outcome: string; errors?: object }) => [row.outcome, row.errors])).toEqual([
      ['created', undefined],
      ['refused', { _: 'app.auth.forbidden' }],
    ]);
  });

  it('undo deletes what the import created and restores what it updated, audited', async () => {
    const name = fresh('Winneba');
    const first = await server.upload('', cities(csv(`${name},GH,,100`)));
    const second = await server.upload('', cities(csv(`${name},GH,,200`, `${fresh('Nsawam')},GH,,`), 'update'));
    const auditBefore = (await server.state()).audit;
    const { status, json } = await server.call('POST', `/imports/${second.json.id}/undo`);
    const { json: restored } = await server.call('GET', `/cities/${first.json.report[0].recordId}`);
    const gone = await server.call('GET', `/cities/${second.json.report[1].recordId}`);
    expect({ status, json, population: restored.population, gone: gone.status, audit: (await server.state()).audit - auditBefore }).toEqual({
      status: 200,
      json: { id: second.json.id, undone: 2 },
      population: 100,
      gone: 404,
      audit: 2,
    });
    expect((await server.call('POST', `/imports/${second.json.id}/undo`)).json).toEqual({ message: 'app.import.alreadyUndone' });
  });

  it('undo is refused, changing nothing, once a record of the import changed', async () => {
    const { json: imported } = await server.upload('', cities(csv(`${fresh('Bolgatanga')},GH,,`, `${fresh('Yendi')},GH,,`)));
    const { json: city } = await server.call('GET', `/cities/${imported.report[1].recordId}`);
    await server.call('PUT', `/cities/${city.id}`, { ...city, population: 5 });
    const before = await server.state();
    const { status, json } = await server.call('POST', `/imports/${imported.id}/undo`);
    expect({ status, json, state: await server.state() }).toEqual({ status: 409, json: { message: 'app.import.changedSince' }, state: before });
  });

  it('refuses a file beyond its limit with a clear 413', async () => {
    const { status, json } = await server.upload('/dry-run', cities('x'.repeat(11 * 1024 * 1024)));
    expect({ status, json }).toEqual({ status: 413, json: { message: 'app.import.tooLarge' } });
  });
});

/** Makes the database refuse a city of this name, as a fault would mid-import. */
async function failInsertsOf(server: Server, name: string) {
  if (server.dialect === 'sqlite') {
    await sql.raw(`create trigger fail_city before insert on cities when new.name = '${name}' begin select raise(abort, 'refused'); end`).execute(server.db);
    return;
  }
  await sql.raw(`create function fail_city() returns trigger as $$ begin if new.name = '${name}' then raise exception 'refused'; end if; return new; end $$ language plpgsql`).execute(server.db);
  await sql.raw('create trigger fail_city before insert on cities for each row execute function fail_city()').execute(server.db);
}
