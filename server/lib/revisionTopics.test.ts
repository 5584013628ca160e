import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../db/testDatabase';
import { createTestServer, type TestServer } from '../resources/partnerships/testServer';
import { createSession, endSession } from '../auth/sessions';

// Decision 034: a write empties only the kept answers that read what it changed.
describe.each(TEST_BACKENDS)('what a write leaves kept, on %s', (backend) => {
  let api: TestServer;
  const citiesPage = { sort: ['id', 'ASC'], range: [0, 9] };
  beforeAll(async () => {
    api = await createTestServer({ backend });
    for (let n = 0; n < 3; n++) await api.create('partnerships', await api.draft());
  });
  afterAll(() => api.close());

  /** A list asked twice: what it answers, and how many statements the second asking cost. */
  const askedAgain = async (resource: string, params: Record<string, unknown>) => {
    await api.list(resource, params);
    let answer: Awaited<ReturnType<TestServer['list']>> | undefined;
    const queries = await api.queriesOf(async () => (answer = await api.list(resource, params)));
    return { queries, json: answer!.json, total: answer!.headers.get('Content-Range') };
  };

  it('keeps the city list and its count when a partnership is saved, not when a city is', async () => {
    const kept = await askedAgain('cities', citiesPage);
    // The revision read alone: session, page and count are all kept.
    expect(kept.queries).toBe(1);
    const [partnership] = (await api.list('partnerships', { range: [0, 0] })).json;
    await api.update('partnerships', partnership.id, { stage: 'exploring', notes: 'Met the mayor' });
    expect(await api.queriesOf(() => api.list('cities', citiesPage))).toBe(1);

    const renamed = await api.update('cities', kept.json[0].id, { name: 'Renamed city' });
    const after = await askedAgain('cities', citiesPage);
    expect(after.json[0]).toMatchObject({ id: renamed.id, name: 'Renamed city' });
    // A city's change reaches the partnerships that copy it.
    const { json } = await api.list('partnerships', { filter: { africanCityId: renamed.id } });
    expect(json[0]).toMatchObject({ africanCityName: 'Renamed city' });
  });

  it('follows the partnerships in a city list filtered by partner region', async () => {
    const filter = { filter: { partnerRegion: 'Western' }, range: [0, 999] };
    const before = await askedAgain('cities', filter);
    const created = await api.create('partnerships', await api.draft());
    const after = await api.list('cities', filter);
    expect(after.json.map((city: { id: number }) => city.id)).toContain(created.usCityId);
    expect(after.json).toHaveLength(before.json.length + 1);
  });

  it('keeps every list when someone signs out, and ends their session on every instance', async () => {
    await askedAgain('partnerships', { range: [0, 9] });
    const token = await createSession(api.db, 3, '2026-11-28T08:00:00.000Z');
    await endSession(api.db, token);
    // At most the revision read and this request's own session again: no page, no count.
    expect(await api.queriesOf(() => api.list('partnerships', { range: [0, 9] }))).toBeLessThanOrEqual(2);
    const gone = await api.call('GET', '/cities', undefined, { Cookie: `sid=${token}` });
    expect(gone.status).toBe(401);
  });

  it('empties what a settings change can alter: every list', async () => {
    await askedAgain('cities', citiesPage);
    const admin = await api.as(1);
    const { json: settings } = await admin('GET', '/settings/1');
    const { status } = await admin('PUT', '/settings/1', { ...settings, stalledAfterDays: (settings.stalledAfterDays ?? 60) + 1 });
    expect(status).toBe(200);
    expect(await api.queriesOf(() => api.list('cities', citiesPage))).toBeGreaterThan(1);
  });
});
