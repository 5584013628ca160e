import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from './testServer';

const ABENA = 7; // coordinator, Western (Ghana)
const YOUSSEF = 6; // coordinator, Northern (Egypt)
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

describe.each(TEST_BACKENDS)('who may write partnerships on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const stored = async (id: number) => (await api.call('GET', `/partnerships/${id}`)).json;
  const egyptian = async () => api.create('cities', { name: `Giza ${Math.random()}`, country: 'EG' });
  const count = async () => Number((await api.db.selectFrom('partnerships').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('lets a coordinator open, change and delete partnerships of their region’s African cities only', async () => {
    const ghana = await api.draft();
    const egypt = await api.draft({ africanCityId: (await egyptian()).id });
    const abena = await api.as(ABENA);
    const before = await count();
    const own = await abena('POST', '/partnerships', ghana);
    expect(own).toMatchObject({ status: 201, json: { region: 'Western' } });
    expect(await abena('POST', '/partnerships', egypt)).toMatchObject(FORBIDDEN);
    expect(await count()).toBe(before + 1);

    const changed = await abena('PUT', `/partnerships/${own.json.id}`, { ...own.json, notes: 'Mayors met' });
    expect(changed).toMatchObject({ status: 200, json: { notes: 'Mayors met' } });
    // Handing it to a city of another region would move it out of her reach: refused, unchanged.
    const moved = await abena('PUT', `/partnerships/${own.json.id}`, { ...changed.json, africanCityId: egypt.africanCityId });
    expect(moved).toMatchObject(FORBIDDEN);
    expect(await stored(own.json.id)).toEqual(changed.json);

    const theirs = await api.create('partnerships', egypt);
    expect(await abena('PUT', `/partnerships/${theirs.id}`, { ...theirs, notes: 'x' })).toMatchObject(FORBIDDEN);
    expect(await abena('PUT', `/partnerships/${theirs.id}`, { ...theirs, africanCityId: ghana.africanCityId })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/partnerships/${theirs.id}`)).toMatchObject(FORBIDDEN);
    expect(await stored(theirs.id)).toEqual(theirs);
    expect((await (await api.as(YOUSSEF))('PUT', `/partnerships/${theirs.id}`, { ...theirs, stage: 'exploring' })).status).toBe(200);
    expect((await abena('DELETE', `/partnerships/${own.json.id}`)).status).toBe(200);
  });

  it('refuses leadership every write with 403, changing nothing', async () => {
    const p = await api.create('partnerships', await api.draft());
    const draft = await api.draft();
    const revision = await api.revision();
    const robert = await api.as(LEADERSHIP);
    expect(await robert('POST', '/partnerships', draft)).toMatchObject(FORBIDDEN);
    expect(await robert('PUT', `/partnerships/${p.id}`, { ...p, stage: 'exploring' })).toMatchObject(FORBIDDEN);
    expect(await robert('DELETE', `/partnerships/${p.id}`)).toMatchObject(FORBIDDEN);
    expect(await api.revision()).toBe(revision);
    expect(await stored(p.id)).toEqual(p);
    expect((await robert('GET', '/partnerships')).status).toBe(200);
  });

  it('lets staff write partnerships of every region', async () => {
    const p = await api.create('partnerships', await api.draft({ africanCityId: (await egyptian()).id }));
    expect((await api.call('PUT', `/partnerships/${p.id}`, { ...p, notes: 'x' })).status).toBe(200);
    expect((await api.call('DELETE', `/partnerships/${p.id}`)).status).toBe(200);
  });

  it('answers 401 without a session', async () => {
    const p = await api.create('partnerships', await api.draft());
    await api.signIn(null);
    try {
      expect((await api.call('GET', '/partnerships')).status).toBe(401);
      expect((await api.call('PUT', `/partnerships/${p.id}`, { ...p, notes: 'x' })).status).toBe(401);
      expect((await api.call('DELETE', `/partnerships/${p.id}`)).status).toBe(401);
    } finally {
      await api.signIn(2);
    }
    expect(await stored(p.id)).toEqual(p);
  });

  it('never saves a role, a region or meta fields sent with a partnership', async () => {
    const p = await api.create('partnerships', await api.draft());
    const { json } = await api.call('PUT', `/partnerships/${p.id}`, { ...p, role: 'admin', region: 'Northern', regions: ['Northern'], version: p.version, createdAt: '1999-01-01' });
    expect(json).toMatchObject({ region: 'Western', createdAt: p.createdAt, version: p.version + 1 });
    expect(json).not.toHaveProperty('role');
    expect(json).not.toHaveProperty('regions');
  });
});
