import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

// The demo team: Youssef Benali (6) coordinates Northern Africa, Abena Mensah (7) Western;
// Robert Hayes (11) is leadership; Marcus Ellison (2), the default, is staff.
const YOUSSEF = 6;
const ABENA = 7;
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

describe.each(TEST_BACKENDS)('who may write cities on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const stored = async (id: number) => (await api.call('GET', `/cities/${id}`)).json;
  const named = async (name: string) => api.db.selectFrom('cities').select('id').where('name', '=', name).execute();

  it('lets a coordinator create, change and delete the cities of their region, and no other', async () => {
    const abena = await api.as(ABENA);
    const tema = await abena('POST', '/cities', { name: 'Tema', country: 'GH' });
    expect(tema).toMatchObject({ status: 201, json: { region: 'Western' } });
    expect(await abena('POST', '/cities', { name: 'Giza', country: 'EG' })).toMatchObject(FORBIDDEN);
    expect(await abena('POST', '/cities', { name: 'Dayton', country: 'US', admin1: 'OH' })).toMatchObject(FORBIDDEN);
    expect(await named('Giza')).toEqual([]);

    const changed = await abena('PUT', `/cities/${tema.json.id}`, { ...tema.json, notes: 'Port city' });
    expect(changed).toMatchObject({ status: 200, json: { notes: 'Port city', version: 2 } });
    // Moving it out of her region by its country is a change she may not make.
    expect(await abena('PUT', `/cities/${tema.json.id}`, { ...changed.json, country: 'EG' })).toMatchObject(FORBIDDEN);
    expect(await stored(tema.json.id)).toEqual(changed.json);

    const luxor = await api.city('africa', 'Luxor').then((city) => api.update('cities', city.id, { country: 'EG' }));
    expect(await abena('PUT', `/cities/${luxor.id}`, { ...luxor, notes: 'x' })).toMatchObject(FORBIDDEN);
    // Nor into it: the stored city is asked first.
    expect(await abena('PUT', `/cities/${luxor.id}`, { ...luxor, country: 'GH' })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/cities/${luxor.id}`)).toMatchObject(FORBIDDEN);
    expect(await stored(luxor.id)).toEqual(luxor);

    const youssef = await api.as(YOUSSEF);
    expect(await youssef('PUT', `/cities/${luxor.id}`, { ...luxor, notes: 'On the Nile' })).toMatchObject({ status: 200 });
    expect(await youssef('DELETE', `/cities/${tema.json.id}`)).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/cities/${tema.json.id}`)).toMatchObject({ status: 200 });
  });

  it('refuses leadership every write with 403, changing nothing, and lets them read', async () => {
    const city = await api.city('africa');
    const revision = await api.revision();
    const robert = await api.as(LEADERSHIP);
    expect(await robert('POST', '/cities', { name: 'Nowhere', country: 'GH' })).toMatchObject(FORBIDDEN);
    // Refused for the role before the body is even read.
    expect(await robert('POST', '/cities', { name: '' })).toMatchObject(FORBIDDEN);
    expect(await robert('PUT', `/cities/${city.id}`, { ...city, notes: 'x' })).toMatchObject(FORBIDDEN);
    expect(await robert('DELETE', `/cities/${city.id}`)).toMatchObject(FORBIDDEN);
    expect(await api.revision()).toBe(revision);
    expect(await named('Nowhere')).toEqual([]);
    expect(await robert('GET', `/cities/${city.id}`)).toMatchObject({ status: 200, json: city });
    expect((await robert('GET', '/cities')).status).toBe(200);
  });

  it('lets staff write any city', async () => {
    const us = await api.create('cities', { name: 'Dayton', country: 'US', admin1: 'OH' });
    const egyptian = await api.create('cities', { name: 'Aswan', country: 'EG' });
    expect((await api.call('PUT', `/cities/${us.id}`, { ...us, notes: 'x' })).status).toBe(200);
    expect((await api.call('DELETE', `/cities/${egyptian.id}`)).status).toBe(200);
  });

  it('answers 401 to every route without a session', async () => {
    const city = await api.city('africa');
    await api.signIn(null);
    try {
      for (const [method, path] of [['GET', '/cities'], ['GET', `/cities/${city.id}`], ['POST', '/cities'], ['PUT', `/cities/${city.id}`], ['DELETE', `/cities/${city.id}`]]) {
        expect(await api.call(method!, path!, method === 'POST' || method === 'PUT' ? { ...city, name: 'x' } : undefined)).toMatchObject({
          status: 401,
          json: { message: 'app.auth.required' },
        });
      }
    } finally {
      await api.signIn(2);
    }
    expect(await stored(city.id)).toEqual(city);
  });

  it('ignores id, version, createdAt and a user’s role, region or disabled sent with a city', async () => {
    const body = { name: 'Cape Coast', country: 'GH', id: 99999, version: 7, createdAt: '1999-01-01T00:00:00.000Z', role: 'admin', region: 'Northern', disabled: true };
    const { status, json } = await api.call('POST', '/cities', body);
    expect(status).toBe(201);
    expect(json).toMatchObject({ version: 1, region: 'Western' });
    expect(json.id).not.toBe(99999);
    expect(json.createdAt).not.toBe(body.createdAt);
    expect(json).not.toHaveProperty('role');
    expect(json).not.toHaveProperty('disabled');
    const me = await api.db.selectFrom('users').select(['role', 'region', 'disabled']).where('id', '=', 2).executeTakeFirstOrThrow();
    expect({ ...me, disabled: Number(me.disabled) }).toEqual({ role: 'staff', region: null, disabled: 0 });
  });
});
