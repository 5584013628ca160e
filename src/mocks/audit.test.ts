import { describe, expect, it } from 'vitest';
import { callApi, MOCK_TODAY, useMockApi } from '../../tests/setup/mockApi';
import { createPartnership } from '../../tests/setup/testRecords';
import { diffOf } from './audit';

describe('diffOf', () => {
  it('lists each changed field with its value before and after', () => {
    const before = { id: 3, version: 1, name: 'Accra', notes: null, languages: ['en'] };
    const after = { id: 3, version: 2, name: 'Accra', notes: 'Met', languages: ['en', 'fr'] };
    expect(diffOf('cities', before, after)).toEqual({ notes: { before: null, after: 'Met' }, languages: { before: ['en'], after: ['en', 'fr'] } });
  });

  it('takes null on the missing side for a create or a delete, and leaves out empty fields', () => {
    expect(diffOf('programs', null, { id: 1, title: 'T', notes: null, partnershipIds: [2] })).toEqual({
      title: { before: null, after: 'T' },
      partnershipIds: { before: null, after: [2] },
    });
    expect(diffOf('programs', { id: 1, title: 'T' }, null)).toEqual({ title: { before: 'T', after: null } });
  });

  it('skips meta and derived fields, but not a user’s region', () => {
    const meta = { id: 1, version: 1, createdAt: 'a', updatedAt: 'a' };
    const derived = { region: 'Western', usRegion: 'West', stalled: true, africanCityName: 'A', usCityName: 'B', country: 'GH', usState: 'OH', stageHistory: [] };
    expect(diffOf('partnerships', null, { ...meta, ...derived, stage: 'interest' })).toEqual({ stage: { before: null, after: 'interest' } });
    expect(diffOf('cities', null, { side: 'africa', region: 'Western', country: 'GH' })).toEqual({ country: { before: null, after: 'GH' } });
    expect(diffOf('events', { regions: ['Western'] }, { regions: ['Eastern'] })).toEqual({});
    expect(diffOf('users', { region: 'Western' }, { region: 'Eastern' })).toEqual({ region: { before: 'Western', after: 'Eastern' } });
  });

  it('writes a password change down without its value', () => {
    const user = { email: 'a@example.org', password: 'secret secret' };
    expect(diffOf('users', user, { ...user, password: 'other other' })).toEqual({});
    expect(diffOf('users', user, user, { passwordSet: true })).toEqual({ password: { before: '…', after: '…' } });
    expect(diffOf('users', null, user, { passwordSet: true }).password).toEqual({ before: null, after: '…' });
  });
});

const api = useMockApi();
const historyOf = (resource: string, recordId: number) =>
  callApi('GET', `/audit?filter=${encodeURIComponent(JSON.stringify({ resource, recordId }))}`);

describe('the audit rows of writes', () => {
  it('writes one row per create, update and delete, by whoever is signed in', async () => {
    const created = await callApi('POST', '/cities', { name: 'Testville', country: 'GH', region: 'Northern' });
    const id = created.json.id;
    await callApi('PUT', `/cities/${id}`, { ...created.json, notes: 'Met at the summit' });
    api.signIn(1);
    await callApi('DELETE', `/cities/${id}`);
    const rows = api.store.audit.filter((row) => row.resource === 'cities' && row.recordId === id);
    expect(rows.map((row) => [row.action, row.userId, row.userName])).toEqual([
      ['create', 2, 'Marcus Ellison'],
      ['update', 2, 'Marcus Ellison'],
      ['delete', 1, 'Ada Whitfield'],
    ]);
    expect(rows[0]!.changes).toMatchObject({ name: { before: null, after: 'Testville' }, country: { before: null, after: 'GH' } });
    for (const skipped of ['id', 'version', 'createdAt', 'updatedAt', 'region', 'side', 'notes']) expect(rows[0]!.changes).not.toHaveProperty(skipped);
    expect(rows[1]!.changes).toEqual({ notes: { before: null, after: 'Met at the summit' } });
    expect(rows[2]!.changes).toMatchObject({ name: { before: 'Testville', after: null }, notes: { before: 'Met at the summit', after: null } });
    expect(rows[0]!.at).toMatch(new RegExp(`^${MOCK_TODAY}T`));
  });

  it('writes nothing for a refused write', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    const count = api.store.audit.length;
    await callApi('PUT', `/cities/${city.id}`, { ...city, population: -1 });
    await callApi('PUT', `/cities/${city.id}`, { ...city, version: 7 });
    api.signIn(11);
    await callApi('DELETE', `/cities/${city.id}`);
    expect(api.store.audit).toHaveLength(count);
  });

  it('records a change of stage as the stage, not as the derived fields', async () => {
    const { partnership } = createPartnership(api, { stage: 'exploring' });
    await callApi('PUT', `/partnerships/${partnership.id}`, { ...partnership, stage: 'proposal', stalled: true });
    expect(api.store.audit.at(-1)).toMatchObject({
      action: 'update',
      resource: 'partnerships',
      recordId: partnership.id,
      changes: { stage: { before: 'exploring', after: 'proposal' }, lastActivityAt: { before: '2026-11-01', after: MOCK_TODAY } },
    });
    expect(Object.keys(api.store.audit.at(-1)!.changes).sort()).toEqual(['lastActivityAt', 'stage']);
  });
});

describe('GET /api/audit', () => {
  it('shows the history of one record to every signed-in user, newest first, in pages', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    for (const notes of ['one', 'two', 'three']) api.update('cities', city.id, { notes });
    api.create('cities', { name: 'Other', country: 'GH' });
    api.signIn(11);
    const { status, json, headers } = await historyOf('cities', city.id);
    expect(status).toBe(200);
    expect(json.map((row: { action: string; changes: { notes?: { after: string } } }) => row.changes.notes?.after ?? row.action)).toEqual(['three', 'two', 'one', 'create']);
    expect(headers.get('Content-Range')).toBe('audit 0-3/4');
    const page = await callApi('GET', `/audit?range=[1,2]&filter=${encodeURIComponent(JSON.stringify({ resource: 'cities', recordId: city.id, action: 'update' }))}`);
    expect(page.json.map((row: { changes: { notes: { after: string } } }) => row.changes.notes.after)).toEqual(['two', 'one']);
    expect(page.headers.get('Content-Range')).toBe('audit 1-2/3');
  });

  it('shows the whole log, and one row, to admins only', async () => {
    api.create('cities', { name: 'Testville', country: 'GH' });
    expect(await callApi('GET', '/audit')).toMatchObject({ status: 403, json: { message: 'app.auth.forbidden' } });
    expect(await callApi('GET', `/audit?filter=${encodeURIComponent('{"resource":"cities"}')}`)).toMatchObject({ status: 403 });
    expect(await callApi('GET', '/audit/1')).toMatchObject({ status: 403 });
    api.signIn(1);
    const all = await callApi('GET', `/audit?filter=${encodeURIComponent('{"userId":2}')}`);
    expect(all.json).toEqual([expect.objectContaining({ id: 1, resource: 'cities', userName: 'Marcus Ellison' })]);
    expect((await callApi('GET', '/audit/1')).json).toEqual(all.json[0]);
    expect((await callApi('GET', '/audit/99')).status).toBe(404);
    expect((await callApi('GET', `/audit?filter=${encodeURIComponent('{"colour":"red"}')}`)).status).toBe(400);
  });

  it('cannot be written, not even by an admin', async () => {
    api.create('cities', { name: 'Testville', country: 'GH' });
    api.signIn(1);
    expect(await callApi('POST', '/audit', { resource: 'cities' })).toMatchObject({ status: 403, json: { message: 'app.auth.forbidden' } });
    expect(await callApi('PUT', '/audit/1', { changes: {} })).toMatchObject({ status: 403 });
    expect(await callApi('DELETE', '/audit/1')).toMatchObject({ status: 403 });
    expect(api.store.audit).toHaveLength(1);
  });
});
