import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, TEST_TODAY, type TestServer } from '../partnerships/testServer';

const event = (partnershipIds: number[], startsAt: string, overrides: Record<string, unknown> = {}) => ({
  type: 'virtual_meeting',
  title: 'Video call',
  startsAt,
  virtual: true,
  partnershipIds,
  ...overrides,
});

describe.each(TEST_BACKENDS)('events on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const partnership = async (overrides: Record<string, unknown> = {}) => api.create('partnerships', await api.draft(overrides));
  const get = async (resource: string, id: number) => (await api.call('GET', `/${resource}/${id}`)).json;

  describe('the last activity of linked partnerships', () => {
    it('moves to a past event, not to a planned one, and back when the event goes', async () => {
      const p = await partnership({ firstContactAt: '2025-12-01', lastActivityAt: '2026-01-10' });
      const planned = await api.create('events', event([p.id], '2027-02-01T10:00:00.000Z'));
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2026-01-10');
      const past = await api.create('events', event([p.id], '2026-11-20T10:00:00.000Z'));
      expect(await get('partnerships', p.id)).toMatchObject({ lastActivityAt: '2026-11-20', version: 1, updatedAt: p.updatedAt });
      await api.update('events', past.id, { startsAt: '2026-11-25T10:00:00.000Z' });
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2026-11-25');
      expect((await api.call('DELETE', `/events/${past.id}`)).status).toBe(200);
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2025-12-01');
      expect(planned.partnershipIds).toEqual([p.id]);
    });

    it('falls back to the other past events, and moves for the partnerships an event leaves or joins', async () => {
      const p = await partnership();
      const q = await partnership({ lastActivityAt: '2026-02-01' });
      await api.create('events', event([p.id], '2026-11-10T09:00:00.000Z'));
      const later = await api.create('events', event([p.id], '2026-11-20T09:00:00.000Z'));
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2026-11-20');
      await api.update('events', later.id, { partnershipIds: [q.id] });
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2026-11-10');
      expect((await get('partnerships', q.id)).lastActivityAt).toBe('2026-11-20');
    });

    it('no longer shows a partnership as stalled once an event is logged, in the record and the filter', async () => {
      const p = await partnership({ lastActivityAt: '2026-01-10' });
      const stalledIds = async () => (await api.list('partnerships', { range: [0, 999], filter: { stalled: true } })).json.map((row: { id: number }) => row.id);
      expect((await get('partnerships', p.id)).stalled).toBe(true);
      expect(await stalledIds()).toContain(p.id);
      await api.create('events', event([p.id], `${TEST_TODAY}T09:00:00.000Z`));
      expect((await get('partnerships', p.id)).stalled).toBe(false);
      expect(await stalledIds()).not.toContain(p.id);
    });

    it('keeps an edit of the partnership from putting its last activity before a past event', async () => {
      const p = await partnership();
      await api.create('events', event([p.id], '2026-11-15T09:00:00.000Z'));
      const edited = await api.update('partnerships', p.id, { lastActivityAt: '2026-03-01' });
      expect(edited).toMatchObject({ lastActivityAt: '2026-11-15', version: 2 });
    });

    it('logs events of the same partnerships at once without losing a date', async () => {
      const [a, b] = [await partnership(), await partnership()];
      const days = ['2026-11-01', '2026-11-03', '2026-11-02', '2026-11-04'];
      const answers = await Promise.all(days.map((day, i) => api.call('POST', '/events', event(i % 2 ? [a.id, b.id] : [b.id, a.id], `${day}T09:00:00.000Z`))));
      expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect((await get('partnerships', a.id)).lastActivityAt).toBe('2026-11-04');
      expect((await get('partnerships', b.id)).lastActivityAt).toBe('2026-11-04');
    });

    it('changes nothing when a stale event is saved', async () => {
      const p = await partnership({ lastActivityAt: '2026-06-01' });
      const call = await api.create('events', event([p.id], '2026-10-01T09:00:00.000Z'));
      await api.update('events', call.id, { title: 'Renamed' });
      const stale = await api.call('PUT', `/events/${call.id}`, { ...call, startsAt: '2026-11-01T09:00:00.000Z', partnershipIds: [] });
      expect(stale.status).toBe(409);
      expect(await get('events', call.id)).toMatchObject({ title: 'Renamed', startsAt: '2026-10-01T09:00:00.000Z', partnershipIds: [p.id], version: 2 });
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2026-10-01');
      const staleDelete = await api.call('DELETE', `/events/${call.id}`, undefined, { 'If-Match': '"1"' });
      expect(staleDelete.status).toBe(409);
      expect((await get('partnerships', p.id)).lastActivityAt).toBe('2026-10-01');
    });
  });

  describe('writing events', () => {
    it('keeps the partnerships in the order given, each once, with every field present', async () => {
      const [a, b] = [await partnership(), await partnership()];
      const { status, json } = await api.call('POST', '/events', event([b.id, a.id, b.id], '2026-09-01T09:00:00.000Z', { id: 77, version: 9 }));
      expect(status).toBe(201);
      expect(json).toEqual({
        id: json.id,
        version: 1,
        createdAt: json.createdAt,
        updatedAt: json.createdAt,
        type: 'virtual_meeting',
        title: 'Video call',
        startsAt: '2026-09-01T09:00:00.000Z',
        endsAt: null,
        cityId: null,
        virtual: true,
        partnershipIds: [b.id, a.id],
        focusArea: null,
        adults: null,
        youth: null,
        outcome: null,
        notes: null,
        // Both partnerships' African cities are in Ghana.
        regions: ['Western'],
      });
      expect(await get('events', json.id)).toEqual(json);
    });

    it('refuses links to records that do not exist, and what the schema refuses, writing nothing', async () => {
      const revision = await api.revision();
      const unknown = await api.call('POST', '/events', event([999999], '2026-09-01T09:00:00.000Z', { virtual: false, cityId: 999999 }));
      expect(unknown).toMatchObject({
        status: 400,
        json: { message: 'app.error.invalid', errors: { cityId: 'app.validation.unknownCity', partnershipIds: 'app.validation.unknownPartnership' } },
      });
      const virtualInACity = await api.call('POST', '/events', event([], '2026-09-01T09:00:00.000Z', { cityId: (await api.city('us')).id }));
      expect(virtualInACity.json.errors).toEqual({ cityId: 'app.validation.virtualHasNoCity' });
      expect(await api.revision()).toBe(revision + 1);
    });

    it('bumps the revision once in every write, the activity it keeps included', async () => {
      const p = await partnership();
      const start = await api.revision();
      const call = await api.create('events', event([p.id], '2026-11-02T09:00:00.000Z'));
      await api.update('events', call.id, { startsAt: '2026-11-03T09:00:00.000Z' });
      await api.call('DELETE', `/events/${call.id}`);
      expect(await api.revision()).toBe(start + 3);
    });

    it('needs the version on PUT and answers 404 for an unknown event', async () => {
      const call = await api.create('events', event([], '2026-09-01T09:00:00.000Z'));
      expect((await api.call('PUT', `/events/${call.id}`, { title: 'x' })).json.errors).toEqual({ version: 'app.validation.required' });
      expect((await api.call('PUT', '/events/999999', { title: 'x' })).status).toBe(404);
      expect((await api.call('DELETE', '/events/999999')).status).toBe(404);
    });
  });

  describe('GET /api/events', () => {
    it('filters by linked partnerships (any of), city, day and text', async () => {
      const [a, b] = [await partnership(), await partnership()];
      const city = await api.city('us', 'Daytonia');
      const inCity = await api.create('events', event([a.id], '2025-04-30T23:30:00.000Z', { virtual: false, cityId: city.id, title: 'Trade fair' }));
      const withB = await api.create('events', event([b.id, a.id], '2025-05-01T08:00:00.000Z', { outcome: 'A MEMORANDUM drafted' }));
      const ids = async (filter: Record<string, unknown>) =>
        (await api.list('events', { range: [0, 999], filter })).json.map((row: { id: number }) => row.id).sort((x: number, y: number) => x - y);
      expect(await ids({ partnershipIds: [a.id] })).toEqual([inCity.id, withB.id]);
      expect(await ids({ partnershipIds: b.id })).toEqual([withB.id]);
      expect(await ids({ cityId: city.id })).toEqual([inCity.id]);
      expect(await ids({ startsAt_gte: '2025-04-30', startsAt_lte: '2025-04-30' })).toEqual([inCity.id]);
      expect(await ids({ q: 'memorandum' })).toEqual([withB.id]);
      expect(await ids({ partnershipIds: [] })).toEqual([]);
    });

    it('reads a page with its links in a bounded number of queries', async () => {
      const p = await partnership();
      for (let i = 0; i < 12; i++) await api.create('events', event([p.id], `2024-0${1 + (i % 9)}-1${i % 10}T09:00:00.000Z`));
      const queries = (range: number[]) => api.queriesOf(() => api.list('events', { range, sort: ['startsAt', 'ASC'] }));
      // Two revision reads (the request's, the kept counts'), the page, its count, and the
      // partnerships of all its events; then the count is kept for the next page.
      expect(await queries([0, 1])).toBe(5);
      expect(await queries([0, 11])).toBe(4);
    });
  });

  describe('filtering by the regions an event or a program touches', () => {
    it('finds them by their city’s region or a partnership’s', async () => {
      const kenyan = await api.city('africa', 'Testville KE');
      await api.update('cities', kenyan.id, { country: 'KE' });
      const eastern = await partnership({ africanCityId: kenyan.id });
      const ghanaian = await api.city('africa');
      const event = await api.create('events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01T10:00:00.000Z', cityId: ghanaian.id, partnershipIds: [eastern.id] });
      const program = await api.create('programs', { kind: 'exchange', title: 'Exchange', cycleYear: 2026, status: 'open', cityIds: [ghanaian.id], partnershipIds: [] });
      expect(event.regions).toEqual(['Western', 'Eastern']);
      const ids = async (resource: string, regions: unknown) =>
        ((await api.list(resource, { filter: { regions }, range: [0, 999] })).json as Array<{ id: number }>).map((r) => r.id);
      expect(await ids('events', 'Eastern')).toContain(event.id);
      expect(await ids('events', ['Southern', 'Western'])).toContain(event.id);
      expect(await ids('events', 'Southern')).not.toContain(event.id);
      expect(await ids('programs', 'Western')).toContain(program.id);
      expect(await ids('programs', 'Eastern')).not.toContain(program.id);
    });
  });
});
