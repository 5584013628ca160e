import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const program = (overrides: Record<string, unknown> = {}) => ({ kind: 'exchange', title: 'Youth swap', cycleYear: 2026, status: 'open', ...overrides });

describe.each(TEST_BACKENDS)('programs on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const partnership = async () => api.create('partnerships', await api.draft());
  const get = async (id: number) => (await api.call('GET', `/programs/${id}`)).json;
  const ids = async (filter: Record<string, unknown>) =>
    (await api.list('programs', { range: [0, 999], filter })).json.map((row: { id: number }) => row.id).sort((a: number, b: number) => a - b);

  it('stores a program with its links in the order given, each once, and every field present', async () => {
    const [a, b] = [await partnership(), await partnership()];
    const city = await api.city('us');
    const { status, json } = await api.call('POST', '/programs', program({ partnershipIds: [b.id, a.id, b.id], cityIds: [city.id, a.africanCityId], deadline: '' }));
    expect(status).toBe(201);
    expect(json).toEqual({
      id: json.id,
      version: 1,
      createdAt: json.createdAt,
      updatedAt: json.createdAt,
      kind: 'exchange',
      title: 'Youth swap',
      cycleYear: 2026,
      status: 'open',
      partnershipIds: [b.id, a.id],
      cityIds: [city.id, a.africanCityId],
      focusArea: null,
      adults: null,
      youth: null,
      deadline: null,
      notes: null,
      // Of the African cities linked or partnered (Ghana's); the US city brings none.
      regions: ['Western'],
    });
    expect(await get(json.id)).toEqual(json);
  });

  it('refuses links to records that do not exist, and what the schema refuses, writing nothing', async () => {
    const revision = await api.revision();
    const unknown = await api.call('POST', '/programs', program({ cityIds: [999999], partnershipIds: [999999] }));
    expect(unknown).toMatchObject({
      status: 400,
      json: { message: 'app.error.invalid', errors: { cityIds: 'app.validation.unknownCity', partnershipIds: 'app.validation.unknownPartnership' } },
    });
    const year = await api.call('POST', '/programs', program({ cycleYear: 1999, title: '' }));
    expect(year.json.errors).toEqual({ cycleYear: 'app.validation.cycleYear', title: 'app.validation.required' });
    expect(await api.revision()).toBe(revision);
  });

  it('lays a PUT over the stored program, refuses a stale one with 409 and changes nothing', async () => {
    const p = await partnership();
    const created = await api.create('programs', program({ partnershipIds: [p.id] }));
    const { json } = await api.call('PUT', `/programs/${created.id}`, { version: 1, status: 'running', id: 5000 });
    expect(json).toMatchObject({ id: created.id, status: 'running', partnershipIds: [p.id], version: 2 });
    const revision = await api.revision();
    const stale = await api.call('PUT', `/programs/${created.id}`, { ...created, title: 'Other', partnershipIds: [] });
    expect(stale).toMatchObject({ status: 409, json: { message: 'app.error.conflict' } });
    expect(await get(created.id)).toEqual(json);
    expect(await api.revision()).toBe(revision);
    expect((await api.call('PUT', `/programs/${created.id}`, { status: 'open' })).json.errors).toEqual({ version: 'app.validation.required' });
  });

  it('bumps the revision once in every write', async () => {
    const start = await api.revision();
    const created = await api.create('programs', program());
    await api.update('programs', created.id, { status: 'completed' });
    await api.call('DELETE', `/programs/${created.id}`);
    expect(await api.revision()).toBe(start + 3);
  });

  it('deletes a program with its links; a stale If-Match is refused', async () => {
    const created = await api.create('programs', program({ partnershipIds: [(await partnership()).id] }));
    await api.update('programs', created.id, { notes: 'changed' });
    expect((await api.call('DELETE', `/programs/${created.id}`, undefined, { 'If-Match': '"1"' })).status).toBe(409);
    const { status, json } = await api.call('DELETE', `/programs/${created.id}`, undefined, { 'If-Match': '"2"' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: created.id, notes: 'changed', partnershipIds: created.partnershipIds });
    expect((await api.call('GET', `/programs/${created.id}`)).status).toBe(404);
    const links = await api.db.selectFrom('programPartnerships').select('partnershipId').where('programId', '=', created.id).execute();
    expect(links).toEqual([]);
  });

  it('filters by partnerships and cities (any of), cycle year, deadline and text', async () => {
    const [a, b] = [await partnership(), await partnership()];
    const first = await api.create('programs', program({ partnershipIds: [a.id], cityIds: [a.usCityId], cycleYear: 2031, deadline: '2031-03-01' }));
    const second = await api.create('programs', program({ partnershipIds: [b.id, a.id], cityIds: [b.africanCityId], cycleYear: 2032, notes: 'Hosted by the LIBRARY' }));
    expect(await ids({ partnershipIds: [a.id] })).toEqual([first.id, second.id]);
    expect(await ids({ partnershipIds: [b.id, 999] })).toEqual([second.id]);
    expect(await ids({ cityIds: [a.usCityId, b.africanCityId] })).toEqual([first.id, second.id]);
    expect(await ids({ cityIds: b.africanCityId })).toEqual([second.id]);
    expect(await ids({ cycleYear_gte: 2031 })).toEqual([first.id, second.id]);
    expect(await ids({ cycleYear: 2032 })).toEqual([second.id]);
    expect(await ids({ deadline_lte: '2031-03-01', deadline_gte: '2031-03-01' })).toEqual([first.id]);
    expect(await ids({ q: 'library' })).toEqual([second.id]);
    expect(await ids({ cityIds: [] })).toEqual([]);
  });

  it('reads a page with its links in a bounded number of queries', async () => {
    const p = await partnership();
    for (let i = 0; i < 10; i++) await api.create('programs', program({ partnershipIds: [p.id], cityIds: [p.usCityId, p.africanCityId] }));
    const queries = (range: number[]) => api.queriesOf(() => api.list('programs', { range }));
    // Two revision reads (the request's, the kept counts'), the page, its count, and one
    // query for each kind of link; then the count is kept for the next page.
    expect(await queries([0, 1])).toBe(6);
    expect(await queries([0, 9])).toBe(5);
  });
});
