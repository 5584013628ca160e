import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const ADMIN = 1;
const LEADERSHIP = 11;
const MARCUS = { userId: 2, userName: 'Marcus Ellison' };

describe.each(TEST_BACKENDS)('the audit history on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const allRows = async () => Number((await api.db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  describe('one row per change, in the change’s transaction', () => {
    it('records a city’s create, an update of two fields, and its delete, field by field', async () => {
      const city = await api.create('cities', { name: 'Tamale', country: 'GH', population: 370000 });
      const changed = await api.update('cities', city.id, { name: 'Tamale City', notes: 'Northern hub' });
      await api.call('DELETE', `/cities/${city.id}`);
      const [created, updated, deleted] = await api.auditOf('cities', city.id);
      expect(created).toMatchObject({ action: 'create', ...MARCUS, at: city.createdAt });
      expect(created!.changes).toMatchObject({ name: { before: null, after: 'Tamale' }, country: { before: null, after: 'GH' }, population: { before: null, after: 370000 } });
      // What nobody types is not diffed: meta fields and the region the country gives.
      for (const field of ['id', 'version', 'createdAt', 'updatedAt', 'region', 'side']) expect(created!.changes).not.toHaveProperty(field);
      // Fields left empty are no change.
      expect(created!.changes).not.toHaveProperty('notes');
      expect(updated).toMatchObject({ action: 'update', at: changed.updatedAt });
      expect(updated!.changes).toEqual({ name: { before: 'Tamale', after: 'Tamale City' }, notes: { before: null, after: 'Northern hub' } });
      expect(deleted).toMatchObject({ action: 'delete' });
      expect(deleted!.changes).toMatchObject({ name: { before: 'Tamale City', after: null }, notes: { before: 'Northern hub', after: null } });
      expect(await api.auditOf('cities', city.id)).toHaveLength(3);
    });

    it('writes no row for what follows from a change: renamed city copies, an event’s activity, a deleted partnership’s links', async () => {
      const p = await api.create('partnerships', await api.draft());
      const e = await api.create('events', { type: 'virtual_meeting', title: 'Call', startsAt: '2026-11-01T10:00:00.000Z', virtual: true, partnershipIds: [p.id] });
      await api.update('cities', p.africanCityId, { name: 'Renamed' });
      expect((await api.call('GET', `/partnerships/${p.id}`)).json).toMatchObject({ africanCityName: 'Renamed', lastActivityAt: '2026-11-01' });
      expect(await api.auditOf('partnerships', p.id)).toHaveLength(1);
      await api.call('DELETE', `/partnerships/${p.id}`);
      expect((await api.auditOf('partnerships', p.id)).map((row) => row.action)).toEqual(['create', 'delete']);
      expect((await api.auditOf('events', e.id)).map((row) => row.action)).toEqual(['create']);
      expect((await api.auditOf('cities', p.africanCityId)).map((row) => row.action)).toEqual(['create', 'update']);
    });

    it('diffs partnerships, events and programs as the API shows them, derived fields left out', async () => {
      const p = await api.create('partnerships', await api.draft({ focusAreas: ['arts_culture'] }));
      await api.update('partnerships', p.id, { nextStep: 'Call the mayor', focusAreas: ['arts_culture', 'youth_education'] });
      const [, update] = await api.auditOf('partnerships', p.id);
      expect(update!.changes).toEqual({ nextStep: { before: null, after: 'Call the mayor' }, focusAreas: { before: ['arts_culture'], after: ['arts_culture', 'youth_education'] } });
      const e = await api.create('events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01T10:00:00.000Z', partnershipIds: [p.id] });
      await api.update('events', e.id, { title: 'Study visit', youth: 12 });
      const [eventCreate, eventUpdate] = await api.auditOf('events', e.id);
      expect(eventCreate!.changes).toMatchObject({ partnershipIds: { before: null, after: [p.id] } });
      expect(eventCreate!.changes).not.toHaveProperty('regions');
      expect(eventUpdate!.changes).toEqual({ title: { before: 'Visit', after: 'Study visit' }, youth: { before: null, after: 12 } });
      const program = await api.create('programs', { kind: 'exchange', title: 'Swap', cycleYear: 2026, status: 'open', partnershipIds: [p.id] });
      await api.update('programs', program.id, { status: 'running', cityIds: [p.usCityId] });
      const [, programUpdate] = await api.auditOf('programs', program.id);
      expect(programUpdate!.changes).toEqual({ status: { before: 'open', after: 'running' }, cityIds: { before: [], after: [p.usCityId] } });
    });

    it('writes nothing for a refused write: not allowed, stale, or invalid', async () => {
      const city = await api.create('cities', { name: 'Ho', country: 'GH' });
      const rows = await allRows();
      const robert = await api.as(LEADERSHIP);
      expect((await robert('PUT', `/cities/${city.id}`, { ...city, notes: 'x' })).status).toBe(403);
      expect((await robert('POST', '/cities', { name: 'Keta', country: 'GH' })).status).toBe(403);
      expect((await api.call('PUT', `/cities/${city.id}`, { ...city, version: 0, notes: 'x' })).status).toBe(409);
      expect((await api.call('PUT', `/cities/${city.id}`, { ...city, country: 'FR' })).status).toBe(400);
      expect((await (await api.as(7))('PUT', `/cities/${city.id}`, { ...city, country: 'EG' })).status).toBe(403);
      expect(await allRows()).toBe(rows);
    });
  });

  describe('GET /api/audit', () => {
    it('gives every signed-in user the history of one record, and only admins the whole log', async () => {
      const city = await api.create('cities', { name: 'Wa', country: 'GH' });
      const robert = await api.as(LEADERSHIP);
      const history = await robert('GET', `/audit?${new URLSearchParams({ filter: JSON.stringify({ resource: 'cities', recordId: city.id }) })}`);
      expect(history.status).toBe(200);
      expect(history.json).toEqual([
        {
          id: expect.any(Number),
          at: city.createdAt,
          ...MARCUS,
          action: 'create',
          resource: 'cities',
          recordId: city.id,
          changes: expect.objectContaining({ name: { before: null, after: 'Wa' } }),
        },
      ]);
      expect(history.headers.get('Content-Range')).toBe('audit 0-0/1');
      expect(await robert('GET', '/audit')).toMatchObject({ status: 403, json: { message: 'app.auth.forbidden' } });
      expect((await robert('GET', `/audit?filter=${JSON.stringify({ resource: 'cities' })}`)).status).toBe(403);
      expect((await robert('GET', `/audit/${history.json[0].id}`)).status).toBe(403);
      expect((await api.call('GET', '/audit')).status).toBe(403);

      const admin = await api.as(ADMIN);
      const whole = await admin('GET', '/audit?range=[0,4]');
      expect(whole.status).toBe(200);
      expect(whole.json).toHaveLength(5);
      // Newest first.
      expect(whole.json.map((row: { id: number }) => row.id)).toEqual(whole.json.map((row: { id: number }) => row.id).toSorted((a: number, b: number) => b - a));
      expect(whole.headers.get('Content-Range')).toBe(`audit 0-4/${await allRows()}`);
      expect(await admin('GET', `/audit/${history.json[0].id}`)).toMatchObject({ status: 200, json: history.json[0] });
      expect((await admin('GET', '/audit/999999')).status).toBe(404);
    });

    it('filters by action, user and resource, sorts by time, and refuses unknown fields', async () => {
      const admin = await api.as(ADMIN);
      const city = await api.create('cities', { name: 'Yendi', country: 'GH' });
      await api.call('DELETE', `/cities/${city.id}`);
      const deletes = await admin('GET', `/audit?filter=${JSON.stringify({ action: 'delete', userId: 2, resource: ['cities'] })}&sort=["at","DESC"]`);
      expect(deletes.status).toBe(200);
      expect(deletes.json[0]).toMatchObject({ action: 'delete', resource: 'cities', recordId: city.id });
      expect(deletes.json.every((row: { action: string; userId: number }) => row.action === 'delete' && row.userId === 2)).toBe(true);
      expect((await admin('GET', `/audit?filter=${JSON.stringify({ colour: 'red' })}`)).status).toBe(400);
      expect((await admin('GET', '/audit?sort=["changes","ASC"]')).status).toBe(400);
    });

    it('is read-only for everyone, admins included', async () => {
      const admin = await api.as(ADMIN);
      for (const [method, path] of [['POST', '/audit'], ['PUT', '/audit/1'], ['DELETE', '/audit/1']]) {
        expect(await admin(method!, path!, method === 'DELETE' ? undefined : { action: 'create' })).toMatchObject({ status: 403, json: { message: 'app.auth.forbidden' } });
      }
      await api.signIn(null);
      try {
        expect((await api.call('GET', '/audit')).status).toBe(401);
      } finally {
        await api.signIn(2);
      }
    });
  });
});
