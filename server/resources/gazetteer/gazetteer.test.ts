import gazetteer from 'virtual:gazetteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, type SeedData } from '../../../src/domain/seed';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import type { DatabaseHandle } from '../../db/database';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, TEST_BACKENDS } from '../../db/testDatabase';
import { TEST_PASSWORDS } from '../../auth/testPasswords';

const TODAY = '2026-11-28';
type Match = { name: string; country: string; admin1: string; side: string; region: string | null; geonameId: number; cityId: number | null };

describe.each(TEST_BACKENDS)('GET /api/gazetteer on %s', (backend) => {
  let handle: DatabaseHandle;
  let data: SeedData;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    data = generateSeed({ gazetteer, today: TODAY });
    handle = await openTestDatabase(backend);
    await seedDatabase(handle, data);
    app = createApp({ passwords: TEST_PASSWORDS, handle, now: () => `${TODAY}T12:00:00.000Z`, today: () => TODAY, gazetteer });
    // Staff Marcus Ellison (id 2): the gazetteer needs only a session; deleting a city, a writer.
    cookie = `sid=${await createSession(handle.db, 2, `${TODAY}T11:00:00.000Z`)}`;
  });
  let cookie = '';
  const request = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { Cookie: cookie } });

  it('needs a session, whatever the role', async () => {
    expect((await app.request('/api/gazetteer?q=acc')).status).toBe(401);
    const leadership = `sid=${await createSession(handle.db, 11, `${TODAY}T11:00:00.000Z`)}`;
    expect((await app.request('/api/gazetteer?q=acc', { headers: { Cookie: leadership } })).status).toBe(200);
  });
  afterAll(() => handle?.close());

  const lookUp = async (query: string) => {
    const response = await request(`/api/gazetteer${query}`);
    return { status: response.status, json: (await response.json()) as Match[] & Record<string, unknown> };
  };

  it('finds real cities by the start of their name, then inside it, on one side, ten at most', async () => {
    const { status, json } = await lookUp('?q=acc&side=africa');
    expect(status).toBe(200);
    expect(json[0]).toMatchObject({ name: 'Accra', country: 'GH', side: 'africa', region: 'Western' });
    expect(json.every((c) => c.side === 'africa')).toBe(true);
    const many = (await lookUp('?q=a')).json;
    expect(many).toHaveLength(10);
    const names = many.map((c) => c.name.toLowerCase());
    const firstInside = names.findIndex((name) => !name.startsWith('a'));
    expect(firstInside === -1 || names.slice(firstInside).every((name) => !name.startsWith('a'))).toBe(true);
  });

  it('gives the gazetteer fields, the side, the region and the id of the city already in the app', async () => {
    const accra = data.cities.find((c) => c.name === 'Accra')!;
    const [first] = (await lookUp('?q=accra')).json;
    const place = gazetteer.find((c) => c.geonameId === accra.geonameId)!;
    expect(first).toEqual({ ...place, side: 'africa', region: 'Western', cityId: accra.id });
  });

  /** The seeded cities a partnership, event or program holds: the others may be deleted. */
  const referencedCities = () =>
    new Set([
      ...data.partnerships.flatMap((p) => [p.usCityId, p.africanCityId]),
      ...data.events.map((e) => e.cityId),
      ...data.programs.flatMap((p) => p.cityIds),
    ]);

  it('flags no city once the app no longer holds it', async () => {
    const referenced = referencedCities();
    const springfields = (await lookUp('?q=springfield&side=us')).json;
    expect(springfields.map((c) => c.admin1)).toEqual(expect.arrayContaining(['MO', 'IL', 'MA']));
    const unused = springfields.find((c) => c.cityId !== null && !referenced.has(c.cityId))!;
    expect((await request(`/api/cities/${unused.cityId}`, { method: 'DELETE' })).status).toBe(200);
    const again = (await lookUp('?q=springfield&side=us')).json;
    expect(again.find((c) => c.geonameId === unused.geonameId)?.cityId).toBeNull();
    expect(again.filter((c) => c.geonameId !== unused.geonameId).every((c) => c.cityId !== null)).toBe(true);
  });

  it('flags a place recorded by hand, without its GeoNames id, under its folded name', async () => {
    const referenced = referencedCities();
    const unused = data.cities.find((city) => city.side === 'africa' && !referenced.has(city.id) && city.name.length > 4)!;
    expect((await request(`/api/cities/${unused.id}`, { method: 'DELETE' })).status).toBe(200);
    const response = await app.request('/api/cities', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: unused.name.toUpperCase(), country: unused.country }),
    });
    const typed = (await response.json()) as { id: number };

    const matches = (await lookUp(`?q=${encodeURIComponent(unused.name)}&side=africa`)).json;

    expect(matches.find((match) => match.geonameId === unused.geonameId)).toMatchObject({ cityId: typed.id });
  });

  it('finds names regardless of accents and case, and refuses an unknown side', async () => {
    expect((await lookUp('?q=LOME')).json[0]).toMatchObject({ name: 'Lomé' });
    expect(await lookUp('?q=acc&side=europe')).toEqual({
      status: 400,
      json: { message: 'side must be africa or us.', errors: { side: 'app.validation.choice' } },
    });
    expect((await lookUp('?q=')).json).toEqual([]);
    expect((await lookUp('?q=%20%20')).json).toEqual([]);
    expect((await lookUp('')).json).toEqual([]);
  });
});
