// @vitest-environment node
/**
 * The audit history (decision 011) on every backend: exactly one row per create, update and
 * delete, with who and what changed; none for a refused request; the whole log for admins
 * only, the history of one record for everyone.
 */
import { expect, it } from 'vitest';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';
import { listPath, shown } from './requests';

const ADMIN = 1;
const ABENA = 7;
const LEADERSHIP = 11;
const AT_NOW = expect.stringMatching(`^${TODAY}T`);

const historyOf = (resource: string, recordId: number) => listPath('audit', { filter: { resource, recordId }, range: [0, 99] });

describeContract('the audit history', { data: contractData, reset: 'each' }, ({ api, reference }) => {
  const both = async (userId: number, method: string, path: string, body?: unknown) => {
    const [got, expected] = await Promise.all([api().as(userId).request(method, path, body), reference().as(userId).request(method, path, body)]);
    expect(shown(got)).toEqual(shown(expected));
    return got;
  };
  /** The whole log, read by an admin. */
  const wholeLog = async () => (await api().as(ADMIN).request('GET', listPath('audit', { range: [0, 999] }))).json as Array<Record<string, unknown>>;

  it('starts empty: the seed is no one’s change', async () => {
    expect(await wholeLog()).toEqual([]);
  });

  it('an update writes one row with the fields that changed, and only those', async () => {
    expect((await both(2, 'PUT', '/api/cities/12', { version: 1, contactName: 'Kofi Boateng', population: 2_100_000, notes: null })).status).toBe(200);
    const history = await both(LEADERSHIP, 'GET', historyOf('cities', 12));
    expect(history.json).toEqual([
      {
        id: expect.any(Number), at: AT_NOW, userId: 2, userName: 'Marcus Ellison', action: 'update', resource: 'cities', recordId: 12,
        changes: { contactName: { before: null, after: 'Kofi Boateng' }, population: { before: 2_035_064, after: 2_100_000 } },
      },
    ]);
    expect(await wholeLog()).toHaveLength(1);
  });

  it('a create and a delete write one row each, in the name of who did it, newest first', async () => {
    const created = await both(ABENA, 'POST', '/api/cities', { name: 'Tamale', country: 'GH', admin1: '06', population: 371_351 });
    expect(created.status).toBe(201);
    expect((await both(ABENA, 'DELETE', `/api/cities/${created.json.id}`)).status).toBe(200);
    const history = (await both(ABENA, 'GET', historyOf('cities', created.json.id))).json;
    expect(history).toMatchObject([
      { action: 'delete', userId: ABENA, userName: 'Abena Mensah', recordId: created.json.id, changes: { name: { before: 'Tamale', after: null } } },
      { action: 'create', userId: ABENA, userName: 'Abena Mensah', recordId: created.json.id, changes: { name: { before: null, after: 'Tamale' }, population: { before: null, after: 371_351 } } },
    ]);
    for (const row of history) expect(Object.keys(row.changes)).not.toEqual(expect.arrayContaining(['version', 'createdAt', 'updatedAt', 'region', 'side']));
    expect(await wholeLog()).toHaveLength(2);
  });

  it('a stage change of a partnership is one row; its derived copies are not diffed', async () => {
    expect((await both(2, 'PUT', '/api/partnerships/3', { version: 1, stage: 'exploring' })).status).toBe(200);
    const history = (await both(2, 'GET', historyOf('partnerships', 3))).json;
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
    expect((await both(ADMIN, 'PUT', '/api/users/12', { ...user, fullName: 'Grace A. Adeyemi', password: 'a brand new passphrase' })).status).toBe(200);
    const [row] = (await both(ADMIN, 'GET', historyOf('users', 12))).json;
    expect(row.changes).toEqual({ fullName: { before: 'Grace Adeyemi', after: 'Grace A. Adeyemi' }, password: { before: '…', after: '…' } });
    expect(JSON.stringify(row)).not.toContain('a brand new passphrase');
  });

  it.each([
    ['staff', 2],
    ['a coordinator', ABENA],
    ['leadership', LEADERSHIP],
  ])('the whole log is 403 for %s; the history of one record is theirs', async (_role, userId) => {
    await both(2, 'PUT', '/api/cities/12', { version: 1, notes: 'Something to read' });
    const whole = await both(userId, 'GET', listPath('audit', { range: [0, 24] }));
    expect(shown(whole)).toEqual({ status: 403, json: { message: 'app.auth.forbidden' } });
    const byUser = await both(userId, 'GET', listPath('audit', { filter: { userId: 2 }, range: [0, 24] }));
    expect(byUser.status).toBe(403);
    const one = await both(userId, 'GET', historyOf('cities', 12));
    expect(one.status).toBe(200);
    expect(one.json).toHaveLength(1);
  });

  it('the whole log is the admin’s', async () => {
    await both(2, 'PUT', '/api/cities/12', { version: 1, notes: 'Something to read' });
    const whole = await both(ADMIN, 'GET', listPath('audit', { range: [0, 24] }));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-range')).toBe('audit 0-0/1');
  });

  it('nobody writes the log, not even an admin', async () => {
    await api().request('PUT', '/api/cities/12', { version: 1, notes: 'Something to keep' });
    const before = await wholeLog();
    for (const [method, path, body] of [
      ['POST', '/api/audit', { action: 'delete', resource: 'cities', recordId: 1, changes: {} }],
      ['PUT', `/api/audit/${before[0]!.id}`, { changes: {} }],
      ['DELETE', `/api/audit/${before[0]!.id}`],
    ] as const) {
      const { status } = await api().as(ADMIN).request(method, path, body);
      expect({ method, status }).toEqual({ method, status: expect.toSatisfy((s: number) => [403, 404, 405].includes(s)) });
    }
    expect(await wholeLog()).toEqual(before);
  });
});
