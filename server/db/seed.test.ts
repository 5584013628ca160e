import gazetteer from 'virtual:gazetteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOpenStage, isStalled, withDerivedFields } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { createApp } from '../app';
import { createSession } from '../auth/sessions';
import { revisionReader, TOPICS } from '../lib/revision';
import type { DatabaseHandle } from './database';
import { isEmpty, seedDatabase } from './seed';
import { openTestDatabase, TEST_BACKENDS } from './testDatabase';
import { TEST_PASSWORDS } from '../auth/testPasswords';

const TODAY = '2026-11-28';

describe.each(TEST_BACKENDS)('seeding the demo data on %s', (backend) => {
  let handle: DatabaseHandle;
  let data: SeedData;

  beforeAll(async () => {
    data = generateSeed({ gazetteer, today: TODAY });
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle?.close());

  it('fills an empty database in one go, and then it is no longer empty', async () => {
    expect(await isEmpty(handle.db)).toBe(true);
    const revision = await revisionReader(handle.db)();
    await seedDatabase(handle, data);
    expect(await isEmpty(handle.db)).toBe(false);
    const seeded = await revisionReader(handle.db)();
    for (const name of ['value', ...TOPICS] as const) expect.soft(seeded[name], name).toBeGreaterThan(revision[name]);
  });

  const ids = async (table: 'users' | 'cities' | 'partnerships' | 'events' | 'programs') =>
    (await handle.db.selectFrom(table).select('id').orderBy('id').execute()).map((row) => row.id);

  it('keeps the ids of the seed in every table', async () => {
    expect(await ids('users')).toEqual(data.users.map((u) => u.id));
    expect(await ids('cities')).toEqual(data.cities.map((c) => c.id));
    expect(await ids('partnerships')).toEqual(data.partnerships.map((p) => p.id));
    expect(await ids('events')).toEqual(data.events.map((e) => e.id));
    expect(await ids('programs')).toEqual(data.programs.map((p) => p.id));
  });

  it('copies onto each partnership what it shows of its cities, whether it is open, and when it stalls', async () => {
    const cities = new Map(data.cities.map((c) => [c.id, c]));
    const rows = await handle.db.selectFrom('partnerships').selectAll().orderBy('id').execute();
    const expected = data.partnerships.map((p) => {
      const shown = withDerivedFields(p, cities.get(p.africanCityId)!, cities.get(p.usCityId)!, TODAY);
      const { region, usRegion, country, usState, africanCityName, usCityName } = shown;
      return { id: p.id, region, usRegion, country, usState, africanCityName, usCityName, isOpen: isOpenStage(p.stage) ? 1 : 0, focusAreas: JSON.stringify(p.focusAreas) };
    });
    expect(rows.map(({ id, region, usRegion, country, usState, africanCityName, usCityName, isOpen, focusAreas }) =>
      ({ id, region, usRegion, country, usState, africanCityName, usCityName, isOpen: Number(isOpen), focusAreas }))).toEqual(expected);
    for (const day of [TODAY, '2026-06-01', '2027-02-01']) {
      const stalled = rows.filter((row) => row.stalledAfter !== null && row.stalledAfter < day).map((row) => row.id);
      expect(stalled).toEqual(data.partnerships.filter((p) => isStalled(p, day)).map((p) => p.id));
    }
  });

  it('writes focus areas, stage histories and the links of events and programs, in their order', async () => {
    const focus = await handle.db.selectFrom('partnershipFocusAreas').select(['partnershipId', 'focusArea']).execute();
    expect(focus.length).toBe(data.partnerships.reduce((n, p) => n + new Set(p.focusAreas).size, 0));
    const history = await handle.db.selectFrom('stageHistory').select(['partnershipId', 'stage', 'at', 'by', 'byName', 'note']).orderBy('id').execute();
    expect(history).toEqual(data.partnerships.flatMap((p) => p.stageHistory.map((change) => ({ partnershipId: p.id, ...change }))));
    const eventLinks = await handle.db.selectFrom('eventPartnerships').select(['eventId', 'partnershipId']).orderBy('eventId').orderBy('position').execute();
    expect(eventLinks).toEqual(data.events.flatMap((e) => e.partnershipIds.map((partnershipId) => ({ eventId: e.id, partnershipId }))));
    const programCities = await handle.db.selectFrom('programCities').select(['programId', 'cityId']).orderBy('programId').orderBy('position').execute();
    expect(programCities).toEqual(data.programs.flatMap((p) => p.cityIds.map((cityId) => ({ programId: p.id, cityId }))));
    const programLinks = await handle.db.selectFrom('programPartnerships').select(['programId', 'partnershipId']).orderBy('programId').orderBy('position').execute();
    expect(programLinks).toEqual(data.programs.flatMap((p) => p.partnershipIds.map((partnershipId) => ({ programId: p.id, partnershipId }))));
  });

  it('gives the next record created the id after the seed’s', async () => {
    const app = createApp({ passwords: TEST_PASSWORDS, handle, now: () => `${TODAY}T12:00:00.000Z`, today: () => TODAY, gazetteer });
    // Staff Marcus Ellison, one of the seeded team.
    const sid = await createSession(handle.db, 2, `${TODAY}T11:00:00.000Z`);
    const response = await app.request('/api/cities', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `sid=${sid}` },
      body: JSON.stringify({ name: 'Testville', country: 'GH' }),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { id: number }).id).toBe(Math.max(...data.cities.map((c) => c.id)) + 1);
  });
});
