// @vitest-environment node
/**
 * The work lists (decision 022) and the board's column totals equal what the domain's
 * predicates give on the same generated data (./workListData.ts), for each role and region:
 * GET /api/work counts, each work list's filter on its list route (ids and Content-Range
 * total), and GET /api/stats/stages. After writes, the case changes its own copy of the data
 * the same way, and the predicates on that copy are what it expects.
 */
import { expect, it } from 'vitest';
import {
  addDays,
  AU_REGIONS,
  foldText,
  isOverdue,
  PRE_SIGNATURE,
  STAGES,
  WORK_LISTS,
  type AuRegion,
  type Partnership,
  type Stage,
} from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { partnershipViews, TODAY } from './dataset';
import { idsOf, list } from './requests';
import { expectedCounts, expectedIds, workListData, workListQuery } from './workListData';

const REGIONS: Array<AuRegion | null> = [null, ...AU_REGIONS];
/** One user of each role: the admin, staff, each region's coordinator, leadership (seedUsers' ids). */
const USERS: Array<[string, number]> = [
  ['admin', 1],
  ['staff', 2],
  ...AU_REGIONS.map((region, index): [string, number] => [`coordinator ${region}`, 6 + index]),
  ['leadership', 11],
];

const workPath = (region: AuRegion | null) => `/api/work${region ? `?region=${region}` : ''}`;
const stagesPath = (filter: Record<string, unknown>) => `/api/stats/stages?filter=${encodeURIComponent(JSON.stringify(filter))}`;
/** The total of a Content-Range header: `partnerships 0-4/5`, or `cities` with no page and `/0`. */
const totalOf = (contentRange: string | null) => Number(contentRange?.split('/')[1]);

async function workCountsOf(client: Pick<Backend, 'request'>, region: AuRegion | null) {
  const response = await client.request('GET', workPath(region));
  expect(response.status).toBe(200);
  return response.json;
}

/** The column totals the domain gives: the partnerships `picks` holds, counted by stage, every stage present. */
function expectedTotals(data: SeedData, picks: (p: Partnership) => boolean) {
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const picked = partnershipViews(data).filter(picks);
  for (const p of picked) byStage[p.stage] += 1;
  return { total: picked.length, byStage };
}

const holds = (text: string | null | undefined, needle: string) => foldText(text ?? '').includes(foldText(needle));
/** Board filters, and the partnerships each picks by the domain's own fields. */
const STAGE_FILTERS: Array<[string, Record<string, unknown>, (p: Partnership) => boolean]> = [
  ['no filter', {}, () => true],
  ['a region', { region: 'Western' }, (p) => p.region === 'Western'],
  ['an owner', { ownerId: 2 }, (p) => p.ownerId === 2],
  ['any of focus areas', { focusAreas: ['arts_culture', 'business_trade'] }, (p) => p.focusAreas.some((a) => a === 'arts_culture' || a === 'business_trade')],
  ['a cohort', { cohort: 'preexisting' }, (p) => p.cohort === 'preexisting'],
  ['a search, accents aside', { q: 'yaounde' }, (p) => [p.africanCityName, p.usCityName, p.nextStep, p.notes].some((text) => holds(text, 'yaounde'))],
  ['its own stage ignored', { stage: 'prospect', region: 'Eastern' }, (p) => p.region === 'Eastern'],
  ['a work list', { due: 'overdue', ownerId: 7 }, (p) => isOverdue(p, TODAY) && p.ownerId === 7],
];

describeContract('work lists', { data: workListData, reset: 'once' }, ({ api }) => {
  const answers = async (path: string) => {
    const response = await api().request('GET', path);
    return { status: response.status, json: response.json };
  };

  it('runs on data that fills every work list, for the staff user with no region', () => {
    const empty = WORK_LISTS.filter((key) => expectedIds(workListData(), key, 2, null).length === 0);
    expect(empty).toEqual([]);
  });

  it.each(USERS)('%s: /api/work counts what the predicates pick, in every region', async (_role, userId) => {
    const data = workListData();
    for (const region of REGIONS) {
      expect({ region, counts: await workCountsOf(api().as(userId), region) }).toEqual({ region, counts: expectedCounts(data, userId, region) });
    }
  });

  it.each(USERS)('%s: each work list filters its list to exactly those ids, its total the count', async (_role, userId) => {
    const data = workListData();
    for (const region of REGIONS) {
      for (const key of WORK_LISTS) {
        const { resource, params } = workListQuery(key, userId, region);
        const response = await list(api().as(userId), resource, params);
        const expected = expectedIds(data, key, userId, region);
        expect({ key, region, ids: idsOf(response), total: totalOf(response.headers.get('Content-Range')) }).toEqual({ key, region, ids: expected, total: expected.length });
      }
    }
  });

  it.each(STAGE_FILTERS)('/api/stats/stages with %s counts each stage as the domain does', async (_name, filter, picks) => {
    const response = await api().request('GET', stagesPath(filter));
    expect(response.status).toBe(200);
    expect(response.json).toEqual(expectedTotals(workListData(), picks));
  });

  it('/api/stats/stages refuses a bad filter exactly as the list does', async () => {
    const bad = ['{"nope":1}', '{"region":"Mars"}', '{"due":"later"}', '{"open":"maybe"}', '{', '[1]'];
    for (const filter of bad) {
      const query = `?filter=${encodeURIComponent(filter)}`;
      const [stages, listed] = [await answers(`/api/stats/stages${query}`), await answers(`/api/partnerships${query}`)];
      expect({ filter, stages }).toEqual({ filter, stages: listed });
      expect(stages.status).toBe(400);
    }
  });

  it('/api/work refuses a region that is no AU region', async () => {
    const response = await api().request('GET', '/api/work?region=Midwest');
    expect({ status: response.status, json: response.json }).toEqual({
      status: 400,
      json: { message: 'Unknown AU region: Midwest.', errors: { region: 'app.validation.choice' } },
    });
  });
});

describeContract('work lists after writes', { data: workListData, reset: 'each' }, ({ api }) => {
  it('a move, a due date and paid dues are counted at once: kept answers are dropped', async () => {
    const data = workListData();
    const views = partnershipViews(data);
    const moved = views.find((p) => isOverdue(p, TODAY) && PRE_SIGNATURE.includes(p.stage))!;
    const undated = views.find((p) => p.nextStepDue === null && p.stage !== 'closed' && p.stage !== 'ended' && p.id !== moved.id)!;
    const lapsed = data.cities.find((c) => expectedIds(data, 'lapsedDues', 2, null).includes(c.id))!;
    // Read first, so that every answer is kept.
    for (const region of REGIONS) await workCountsOf(api(), region);
    await api().request('GET', stagesPath({}));
    await list(api(), 'partnerships', workListQuery('overdue', 2, null).params);

    const writes = [
      await api().request('PUT', `/api/partnerships/${moved.id}`, { version: 1, stage: 'closed', closedReason: 'No reply from city hall' }),
      await api().request('PUT', `/api/partnerships/${undated.id}`, { version: 1, nextStepDue: addDays(TODAY, 2), nextStep: 'Call the mayor' }),
      await api().request('PUT', `/api/cities/${lapsed.id}`, { version: 1, duesPaidThrough: addDays(TODAY, 30) }),
    ];
    expect(writes.map((write) => write.status)).toEqual([200, 200, 200]);
    // A move of stage is activity, today.
    Object.assign(data.partnerships.find((p) => p.id === moved.id)!, { stage: 'closed', closedReason: 'No reply from city hall', lastActivityAt: TODAY });
    Object.assign(data.partnerships.find((p) => p.id === undated.id)!, { nextStepDue: addDays(TODAY, 2), nextStep: 'Call the mayor' });
    lapsed.duesPaidThrough = addDays(TODAY, 30);

    for (const region of REGIONS) expect({ region, counts: await workCountsOf(api(), region) }).toEqual({ region, counts: expectedCounts(data, 2, region) });
    expect((await api().request('GET', stagesPath({}))).json).toEqual(expectedTotals(data, () => true));
    const overdue = await list(api(), 'partnerships', workListQuery('overdue', 2, null).params);
    expect(idsOf(overdue)).toEqual(expectedIds(data, 'overdue', 2, null));
    expect(idsOf(overdue)).not.toContain(moved.id);
  });
});
