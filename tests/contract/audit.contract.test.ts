// @vitest-environment node
/**
 * The audit history (decision 011) on every backend: exactly one row per create, update and
 * delete, with who and what changed; none for a refused request; the whole log for admins
 * only, the history of one record for everyone, newest first, in pages. Each case states the
 * rows it expects.
 */
import { expect, it } from 'vitest';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';
import { listPath, shown } from './requests';

const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

const ADMIN = 1;
const ABENA = 7;
const LEADERSHIP = 11;
const AT_NOW = expect.stringMatching(`^${TODAY}T`);

const historyOf = (resource: string, recordId: number) => listPath('audit', { filter: { resource, recordId }, range: [0, 99] });

describeContract('the audit history', { data: contractData, reset: 'each' }, ({ api }) => {
  const as = (userId: number, method: string, path: string, body?: unknown) => api().as(userId).request(method, path, body);
  /** The whole log, read by an admin. */
  const wholeLog = async () => (await api().as(ADMIN).request('GET', listPath('audit', { range: [0, 999] }))).json as Array<Record<string, unknown>>;

  it('starts empty: the seed is no one’s change', async () => {
    expect(await wholeLog()).toEqual([]);
  });

  it('an update writes one row with the fields that changed, and only those', async () => {
    expect((await as(2, 'PUT', '/api/cities/12', { version: 1, contactName: 'Kofi Boateng', population: 2_100_000, notes: null })).status).toBe(200);
    const history = await as(LEADERSHIP, 'GET', historyOf('cities', 12));
    expect(history.json).toEqual([
      {
        id: expect.any(Number), at: AT_NOW, userId: 2, userName: 'Marcus Ellison', action: 'update', resource: 'cities', recordId: 12,
        changes: { contactName: { before: null, after: 'Kofi Boateng' }, population: { before: 2_035_064, after: 2_100_000 } },
      },
    ]);
    expect(await wholeLog()).toHaveLength(1);
  });

  it('a create and a delete write one row each, in the name of who did it, newest first', async () => {
    const created = await as(ABENA, 'POST', '/api/cities', { name: 'Tamale', country: 'GH', admin1: '06', population: 371_351 });
    expect(created.status).toBe(201);
    expect((await as(ABENA, 'DELETE', `/api/cities/${created.json.id}`)).status).toBe(200);
    const history = (await as(ABENA, 'GET', historyOf('cities', created.json.id))).json;
    // Every field the city holds, from nothing and back to nothing; no meta or derived field.
    const held = { name: 'Tamale', country: 'GH', admin1: '06', population: 371_351, languages: [], sciMember: false };
    const row = (action: string, changes: Record<string, unknown>) => ({ id: expect.any(Number), at: AT_NOW, userId: ABENA, userName: 'Abena Mensah', action, resource: 'cities', recordId: created.json.id, changes });
    expect(history).toEqual([
      row('delete', Object.fromEntries(Object.entries(held).map(([field, value]) => [field, { before: value, after: null }]))),
      row('create', Object.fromEntries(Object.entries(held).map(([field, value]) => [field, { before: null, after: value }]))),
    ]);
    expect(history[0].id).toBeGreaterThan(history[1].id);
    expect(await wholeLog()).toHaveLength(2);
  });

  it('a stage change of a partnership is one row; its derived copies are not diffed', async () => {
    expect((await as(2, 'PUT', '/api/partnerships/3', { version: 1, stage: 'exploring' })).status).toBe(200);
    const history = (await as(2, 'GET', historyOf('partnerships', 3))).json;
    expect(history).toHaveLength(1);
    expect(history[0].changes).toEqual({ stage: { before: 'interest', after: 'exploring' }, lastActivityAt: { before: '2026-11-01', after: TODAY } });
  });

  it('refused writes leave no row: forbidden, stale, invalid, unknown', async () => {
    await api().as(ABENA).request('PUT', '/api/cities/3', { version: 1, notes: 'Not hers' });
    await api().request('PUT', '/api/cities/1', { version: 7, notes: 'Stale' });
    await api().request('POST', '/api/programs', { kind: 'exchange', title: '', cycleYear: 1990, status: 'planned' });
    await api().request('DELETE', '/api/events/99');
    await api().as(LEADERSHIP).request('DELETE', '/api/events/1');
    expect(await wholeLog()).toEqual([]);
  });

  it('a password set by an admin is recorded as changed, without a value', async () => {
    const user = (await api().as(ADMIN).request('GET', '/api/users/12')).json;
    expect((await as(ADMIN, 'PUT', '/api/users/12', { ...user, fullName: 'Grace A. Adeyemi', password: 'a brand new passphrase' })).status).toBe(200);
    const [row] = (await as(ADMIN, 'GET', historyOf('users', 12))).json;
    expect(row.changes).toEqual({ fullName: { before: 'Grace Adeyemi', after: 'Grace A. Adeyemi' }, password: { before: '…', after: '…' } });
    expect(JSON.stringify(row)).not.toContain('a brand new passphrase');
  });

  it('a user’s region is a change of theirs; an event’s regions follow from its links and are not', async () => {
    const abena = (await as(ADMIN, 'GET', '/api/users/7')).json;
    expect((await as(ADMIN, 'PUT', '/api/users/7', { ...abena, region: 'Eastern' })).status).toBe(200);
    const [userRow] = (await as(ADMIN, 'GET', historyOf('users', 7))).json;
    expect(userRow.changes).toEqual({ region: { before: 'Western', after: 'Eastern' } });
    const moved = await as(2, 'PUT', '/api/events/3', { version: 1, partnershipIds: [7] });
    expect(moved.json.regions).toEqual(['Central']);
    const [eventRow] = (await as(2, 'GET', historyOf('events', 3))).json;
    expect(eventRow.changes).toEqual({ partnershipIds: { before: [3, 7], after: [7] } });
  });

  it('a user created by an admin: the row says a password was set, never which', async () => {
    const created = await as(ADMIN, 'POST', '/api/users', { email: 'Kwame.Boateng@Example.org', fullName: 'Kwame Boateng', role: 'coordinator', region: 'Western', password: 'a long passphrase' });
    expect(created.json).toMatchObject({ id: 13, email: 'kwame.boateng@example.org', region: 'Western' });
    const history = (await as(ADMIN, 'GET', historyOf('users', 13))).json;
    expect(history).toEqual([
      {
        id: expect.any(Number), at: AT_NOW, userId: ADMIN, userName: 'Ada Whitfield', action: 'create', resource: 'users', recordId: 13,
        changes: {
          email: { before: null, after: 'kwame.boateng@example.org' }, fullName: { before: null, after: 'Kwame Boateng' }, role: { before: null, after: 'coordinator' },
          region: { before: null, after: 'Western' }, disabled: { before: null, after: false }, password: { before: null, after: '…' },
        },
      },
    ]);
    expect(JSON.stringify(history)).not.toContain('a long passphrase');
    expect((await api().signIn({ email: 'kwame.boateng@example.org', password: 'sister-cities-demo' })).response.status).toBe(401);
    expect((await api().signIn({ email: 'KWAME.boateng@example.org', password: 'a long passphrase' })).response.json).toEqual({
      id: 13, email: 'kwame.boateng@example.org', fullName: 'Kwame Boateng', role: 'coordinator', region: 'Western', theme: null,
    });
  });

  it.each([
    ['staff', 2],
    ['a coordinator', ABENA],
    ['leadership', LEADERSHIP],
  ])('the whole log is 403 for %s; the history of one record is theirs', async (_role, userId) => {
    await as(2, 'PUT', '/api/cities/12', { version: 1, notes: 'Something to read' });
    const whole = await as(userId, 'GET', listPath('audit', { range: [0, 24] }));
    expect(shown(whole)).toEqual(FORBIDDEN);
    const byUser = await as(userId, 'GET', listPath('audit', { filter: { userId: 2 }, range: [0, 24] }));
    expect(shown(byUser)).toEqual(FORBIDDEN);
    const one = await as(userId, 'GET', historyOf('cities', 12));
    expect(one.status).toBe(200);
    expect(one.json).toEqual([expect.objectContaining({ userId: 2, action: 'update', resource: 'cities', recordId: 12, changes: { notes: { before: null, after: 'Something to read' } } })]);
    // One row by its id is not the history of a record: the log's, so the admin's.
    expect(shown(await as(userId, 'GET', `/api/audit/${one.json[0].id}`))).toEqual(FORBIDDEN);
  });

  it('the whole log is the admin’s, and each of its rows', async () => {
    await as(2, 'PUT', '/api/cities/12', { version: 1, notes: 'Something to read' });
    const whole = await as(ADMIN, 'GET', listPath('audit', { range: [0, 24] }));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-range')).toBe('audit 0-0/1');
    expect(whole.json).toEqual([
      { id: expect.any(Number), at: AT_NOW, userId: 2, userName: 'Marcus Ellison', action: 'update', resource: 'cities', recordId: 12, changes: { notes: { before: null, after: 'Something to read' } } },
    ]);
    expect(shown(await as(ADMIN, 'GET', `/api/audit/${whole.json[0].id}`))).toEqual(shown({ ...whole, json: whole.json[0] }));
    expect((await as(ADMIN, 'GET', `/api/audit/${whole.json[0].id + 1}`)).status).toBe(404);
  });

  it('the history of one record: newest first, in pages, filtered by action', async () => {
    for (const [version, notes] of [[1, 'one'], [2, 'two'], [3, 'three']] as const) {
      expect((await as(2, 'PUT', '/api/cities/12', { version, notes })).status).toBe(200);
    }
    await as(2, 'PUT', '/api/cities/11', { version: 1, notes: 'another record' });
    const history = await as(LEADERSHIP, 'GET', historyOf('cities', 12));
    expect(history.json.map((row: { changes: { notes: { after: string } } }) => row.changes.notes.after)).toEqual(['three', 'two', 'one']);
    expect(history.headers.get('content-range')).toBe('audit 0-2/3');
    const page = await as(LEADERSHIP, 'GET', listPath('audit', { filter: { resource: 'cities', recordId: 12, action: 'update' }, range: [1, 2] }));
    expect(page.json.map((row: { changes: { notes: { after: string } } }) => row.changes.notes.after)).toEqual(['two', 'one']);
    expect(page.headers.get('content-range')).toBe('audit 1-2/3');
    const creates = await as(LEADERSHIP, 'GET', listPath('audit', { filter: { resource: 'cities', recordId: 12, action: 'create' } }));
    expect(shown(creates)).toEqual({ status: 200, json: [] });
    expect((await as(ADMIN, 'GET', listPath('audit', { filter: { colour: 'red' } }))).status).toBe(400);
  });

  it('nobody writes the log, not even an admin', async () => {
    await api().request('PUT', '/api/cities/12', { version: 1, notes: 'Something to keep' });
    const before = await wholeLog();
    for (const [method, path, body] of [
      ['POST', '/api/audit', { action: 'delete', resource: 'cities', recordId: 1, changes: {} }],
      ['PUT', `/api/audit/${before[0]!.id}`, { changes: {} }],
      ['DELETE', `/api/audit/${before[0]!.id}`],
    ] as const) {
      expect({ method, ...shown(await api().as(ADMIN).request(method, path, body)) }).toEqual({ method, ...FORBIDDEN });
    }
    expect(await wholeLog()).toEqual(before);
  });
});
