import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const refusal = (existingId: number, field = 'name') => ({
  status: 409,
  json: { message: 'resources.cities.duplicate.refused', errors: { [field]: 'resources.cities.duplicate.field' }, existingId },
});

describe.each(TEST_BACKENDS)('one record per city (decision 015) on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const rowsNamed = (...names: string[]) => api.db.selectFrom('cities').select('id').where('name', 'in', names).execute();

  it('refuses a second city with the same GeoNames id, naming the one there', async () => {
    const bozeman = await api.create('cities', { name: 'Bozeman', country: 'US', admin1: 'MT', geonameId: 5_641_727 });

    const again = await api.call('POST', '/cities', { name: 'Bozeman City', country: 'US', admin1: 'MT', geonameId: 5_641_727 });

    expect(again).toMatchObject(refusal(bozeman.id, 'geonameId'));
    expect(await rowsNamed('Bozeman', 'Bozeman City')).toEqual([{ id: bozeman.id }]);
  });

  it('refuses the same name, folded, in the same country and admin1, where the city has no GeoNames id', async () => {
    const lome = await api.create('cities', { name: 'Lomé', country: 'TG' });

    expect(await api.call('POST', '/cities', { name: 'LOME', country: 'TG', admin1: '' })).toMatchObject(refusal(lome.id));
    expect(await api.call('POST', '/cities', { name: ' lomé ', country: 'TG', geonameId: 2_365_267 })).toMatchObject(refusal(lome.id));
    expect(await rowsNamed('LOME', 'lomé')).toEqual([]);
  });

  it('takes a city without admin1 for the one of the same name with it, either way round', async () => {
    const sokode = await api.create('cities', { name: 'Sokodé', country: 'TG' });
    const kara = await api.create('cities', { name: 'Kara', country: 'TG', admin1: '23' });

    expect(await api.call('POST', '/cities', { name: 'Sokode', country: 'TG', admin1: '22' })).toMatchObject(refusal(sokode.id));
    expect(await api.call('POST', '/cities', { name: 'kara', country: 'TG' })).toMatchObject(refusal(kara.id));
  });

  it('keeps apart cities of the same name in another country, another admin1, or with other GeoNames ids', async () => {
    const first = await api.create('cities', { name: 'Springfield', country: 'US', admin1: 'IL' });

    expect(await api.call('POST', '/cities', { name: 'Springfield', country: 'US', admin1: 'MO' })).toMatchObject({ status: 201 });
    expect(await api.call('POST', '/cities', { name: 'Kumba', country: 'CM', geonameId: 2_229_748 })).toMatchObject({ status: 201 });
    expect(await api.call('POST', '/cities', { name: 'Kumba', country: 'CM', geonameId: 9_999_991 })).toMatchObject({ status: 201 });
    expect(first.admin1).toBe('IL');
  });

  it('creates one city from a double submit, and answers the other with the offer of it', async () => {
    const body = { name: 'Missoula', country: 'US', admin1: 'MT' };

    const answers = await Promise.all([1, 2, 3, 4].map(() => api.call('POST', '/cities', body)));

    const rows = await rowsNamed('Missoula');
    expect(rows).toHaveLength(1);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409]);
    expect(answers.filter((answer) => answer.status === 409)).toEqual(Array(3).fill(expect.objectContaining(refusal(rows[0]!.id))));
  });

  it('refuses an update that makes a city the same as another, leaving both as they were', async () => {
    const kumasi = await api.create('cities', { name: 'Kumasi', country: 'GH', admin1: '02', geonameId: 2_298_890 });
    const tamale = await api.create('cities', { name: 'Tamale', country: 'GH', admin1: '06' });
    const takoradi = await api.create('cities', { name: 'Takoradi', country: 'GH', admin1: '09' });

    expect(await api.call('PUT', `/cities/${tamale.id}`, { ...tamale, geonameId: 2_298_890 })).toMatchObject(refusal(kumasi.id, 'geonameId'));
    expect(await api.call('PUT', `/cities/${takoradi.id}`, { ...takoradi, name: 'TAMALE', admin1: '06' })).toMatchObject(refusal(tamale.id));
    expect((await api.call('GET', `/cities/${takoradi.id}`)).json).toEqual(takoradi);
    // A city is not its own duplicate.
    expect(await api.call('PUT', `/cities/${tamale.id}`, { ...tamale, name: 'tamale' })).toMatchObject({ status: 200 });
  });

  it('answers two concurrent renames into the same city with one 409', async () => {
    const [a, b] = [await api.city('africa', 'Wa one'), await api.city('africa', 'Wa two')];

    const answers = await Promise.all([a, b].map((city) => api.call('PUT', `/cities/${city.id}`, { ...city, name: 'Wa' })));

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await rowsNamed('Wa')).toHaveLength(1);
  });

  it('tells the create form which recorded city is the one described, if any', async () => {
    const bamako = await api.create('cities', { name: 'Bamako', country: 'ML', admin1: '08' });
    const same = (query: Record<string, string>) => api.call('GET', `/cities/same?${new URLSearchParams(query)}`);

    expect(await same({ name: 'BAMAKO', country: 'ML', admin1: '' })).toMatchObject({ status: 200, json: bamako });
    expect(await same({ name: 'Bamako', country: 'ML', geonameId: '2460596' })).toMatchObject({ status: 200, json: bamako });
    expect(await same({ name: 'Bamako', country: 'SN' })).toMatchObject({ status: 200, json: null });
    // The edit form asks without the city it edits: a city is not a duplicate of itself.
    expect(await same({ name: 'Bamako', country: 'ML', admin1: '08', except: String(bamako.id) })).toMatchObject({ status: 200, json: null });
    expect(await same({ name: '', country: 'ML', geonameId: 'x' })).toMatchObject({
      status: 400,
      json: { errors: { name: 'app.validation.required', geonameId: expect.any(String) } },
    });
  });
});

describe.runIf(TEST_BACKENDS.includes('postgres'))('a create that loses the race at the unique index, on postgres', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend: 'postgres' });
  });
  afterAll(() => api.close());

  const now = '2026-11-28T09:00:00.000Z';
  const helena = { name: 'Helena', country: 'US', admin1: 'MT', side: 'us', region: 'West', languages: '[]', sciMember: 0, version: 1, createdAt: now, updatedAt: now };
  const keys = { nameKey: 'helena', countryKey: 'us', admin1Key: 'mt' };
  const waitingForALock = async () => {
    const { rows } = await sql<{ waiting: number }>`select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`.execute(api.db);
    return rows[0]!.waiting;
  };

  it('is answered 409 with the winner, once the winner commits', async () => {
    let answer: ReturnType<TestServer['call']> | undefined;
    const winner = await api.db.transaction().execute(async (tx) => {
      const row = await tx.insertInto('cities').values({ ...helena, ...keys }).returning('id').executeTakeFirstOrThrow();
      answer = api.call('POST', '/cities', { name: 'Helena', country: 'US', admin1: 'MT' });
      // The request checked, saw nothing yet, and now waits on the index for this transaction.
      await vi.waitFor(async () => expect(await waitingForALock()).toBe(1), { timeout: 5000 });
      return row;
    });

    expect(await answer).toMatchObject(refusal(winner.id));
    expect(await api.db.selectFrom('cities').select('id').where('name', '=', 'Helena').execute()).toEqual([winner]);
  });
});
