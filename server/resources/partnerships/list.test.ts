import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isStalled, STAGES, type Stage } from '../../../src/domain';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, TEST_TODAY, type TestServer } from './testServer';
import { TEST_PASSWORDS } from '../../auth/testPasswords';

type Row = { id: number; africanCityId: number; usCityId: number; stalled: boolean; africanCityName: string };
const ids = (rows: Row[]) => rows.map((row) => row.id).sort((a, b) => a - b);

/** What each stage needs to be entered directly. */
const stageFields = (stage: Stage) => ({
  stage,
  ...(['signed', 'active', 'dormant', 'ended'].includes(stage) ? { signedAt: '2026-11-01' } : {}),
  ...(stage === 'closed' ? { closedReason: 'No reply' } : {}),
});

describe.each(TEST_BACKENDS)('GET /api/partnerships on %s', (backend) => {
  let api: TestServer;
  let all: Row[];
  beforeAll(async () => {
    api = await createTestServer({ backend });
    // Every stage, quiet for a while either side of each threshold, or never dated at all.
    const quietDays = [0, 59, 60, 61, 119, 120, 121, 400];
    for (const stage of STAGES) {
      for (const days of quietDays) await api.create('partnerships', await api.draft({ ...stageFields(stage), lastActivityAt: addDays(TEST_TODAY, -days) }));
      await api.create('partnerships', await api.draft({ ...stageFields(stage), firstContactAt: addDays(TEST_TODAY, -61) }));
      await api.create('partnerships', await api.draft(stageFields(stage)));
    }
    all = (await api.list('partnerships', { range: [0, 999] })).json;
  });
  afterAll(() => api.close());

  it('finds exactly the stalled partnerships, as isStalled says, and the others', async () => {
    const expected = all.filter((p) => isStalled(p as never, TEST_TODAY));
    expect(all.filter((p) => p.stalled)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
    const stalled = await api.list('partnerships', { range: [0, 999], filter: { stalled: true } });
    expect(ids(stalled.json)).toEqual(ids(expected));
    expect(stalled.headers.get('Content-Range')).toBe(`partnerships 0-${expected.length - 1}/${expected.length}`);
    const quiet = await api.list('partnerships', { range: [0, 999], filter: { stalled: false } });
    expect(ids(quiet.json)).toEqual(ids(all.filter((p) => !p.stalled)));
    const either = await api.list('partnerships', { range: [0, 999], filter: { stalled: [true, false] } });
    expect(either.json).toHaveLength(all.length);
  });

  it('finds the partnerships of a city on either side', async () => {
    const [p] = all;
    for (const cityId of [p!.africanCityId, p!.usCityId]) {
      const { json } = await api.list('partnerships', { filter: { cityId } });
      expect(ids(json)).toEqual([p!.id]);
    }
    const { json } = await api.list('partnerships', { range: [0, 999], filter: { cityId: [p!.africanCityId, all[1]!.usCityId] } });
    expect(ids(json)).toEqual(ids([p!, all[1]!]));
  });

  it('matches focus areas by any of, and nothing for an empty list', async () => {
    const trade = await api.create('partnerships', await api.draft({ focusAreas: ['business_trade', 'arts_culture'] }));
    const { json } = await api.list('partnerships', { range: [0, 999], filter: { focusAreas: ['business_trade', 'community_development'] } });
    expect(ids(json)).toEqual([trade.id]);
    expect((await api.list('partnerships', { filter: { focusAreas: [] } })).json).toEqual([]);
  });

  it('searches city names, next step and notes without regard to case, and sorts by name', async () => {
    const named = await api.create('partnerships', await api.draft({ notes: 'Mayors met in ZANZIBAR' }));
    expect(ids((await api.list('partnerships', { filter: { q: 'zanzibar' } })).json)).toEqual([named.id]);
    const { json } = await api.list('partnerships', { sort: ['africanCityName', 'DESC'], range: [0, 4] });
    const names = json.map((row: Row) => row.africanCityName.toLowerCase());
    expect(names).toEqual(names.toSorted().toReversed());
  });

  it('never answers from a kept page or count after a write, by this instance or another', async () => {
    const proposals = async () => {
      const { json, headers } = await api.list('partnerships', { filter: { stage: 'proposal' }, range: [0, 4] });
      return { first: json[0] as Row & { notes: string | null }, total: Number(headers.get('Content-Range')!.split('/')[1]) };
    };
    const before = await proposals();
    expect(await proposals()).toEqual(before);
    const created = await api.create('partnerships', await api.draft({ stage: 'proposal' }));
    expect(await proposals()).toMatchObject({ first: { id: created.id }, total: before.total + 1 });
    await api.update('partnerships', created.id, { notes: 'Council vote in March' });
    expect((await proposals()).first).toMatchObject({ id: created.id, notes: 'Council vote in March' });
    // A second server on the same database (as several instances on PostgreSQL) writes: the
    // first one's kept answers are no longer used.
    const other = createApp({ passwords: TEST_PASSWORDS, handle: { db: api.db, dialect: backend }, now: () => `${TEST_TODAY}T23:00:00.000Z`, today: () => TEST_TODAY, gazetteer: [] });
    const sid = await createSession(api.db, 2, `${TEST_TODAY}T22:00:00.000Z`);
    const removed = await other.request(`/api/partnerships/${created.id}`, { method: 'DELETE', headers: { Cookie: `sid=${sid}` } });
    expect(removed.status).toBe(200);
    expect(await proposals()).toEqual(before);
  });

  it('refuses an unknown filter field with 400', async () => {
    const { status, json } = await api.list('partnerships', { filter: { colour: 'red' } });
    expect(status).toBe(400);
    expect(json.errors).toEqual({ colour: 'unknown field' });
  });

  it('reads a page in a bounded number of queries, whatever its size, histories included', async () => {
    const moved = all.find((p) => p.stalled)!;
    await api.update('partnerships', moved.id, { stage: 'exploring', stageNote: 'Talks resumed' });
    const page = async (range: [number, number]) => {
      let json: Array<{ id: number; stageHistory: unknown[] }> = [];
      const queries = await api.queriesOf(async () => {
        json = (await api.list('partnerships', { range, filter: { stage: [...STAGES] } })).json;
      });
      expect(json).toHaveLength(range[1] - range[0] + 1);
      expect(json.every((row) => row.stageHistory.length > 0)).toBe(true);
      return { queries, json };
    };
    const small = await page([0, 1]);
    const large = await page([0, 49]);
    // The request's single-row revision read (for its session and the kept pages), the page,
    // the revision read of the kept counts, the count, and the stage histories of all its
    // rows; the next page of the same filter reuses the count; the same page again is the
    // revision read alone.
    expect(small.queries).toBe(5);
    expect(large.queries).toBe(4);
    expect((await page([0, 49])).queries).toBe(1);
    // Newest first: the partnership just moved leads, with both its stages.
    expect(large.json[0]).toMatchObject({ id: moved.id, stageHistory: [{ note: null }, { stage: 'exploring', note: 'Talks resumed' }] });
  });
});
