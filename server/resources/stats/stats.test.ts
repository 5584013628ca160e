import gazetteer from 'virtual:gazetteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  AU_REGIONS,
  computeProgress,
  countedSetMismatches,
  DEFAULT_SETTINGS,
  withDerivedFields,
  type AuRegion,
  type City,
  type ProgressStats,
  type Settings,
  type Stage,
  type StoredPartnership,
} from '../../../src/domain';
import { generateSeed, type SeedData } from '../../../src/domain/seed';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { settleProgressJournal } from '../../lib/progressCounters';
import { writeTransaction, type DatabaseHandle } from '../../db/database';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, TEST_BACKENDS } from '../../db/testDatabase';
import { bumpRevision } from '../../lib/revision';
import { TEST_PASSWORDS } from '../../auth/testPasswords';

const TODAY = '2026-11-28';

/** Partnerships on the edges of the rules: the window's first and last days, year boundaries, stall thresholds. */
function edgeCases(data: SeedData): StoredPartnership[] {
  const used = new Set(data.partnerships.map((p) => `${p.africanCityId}-${p.usCityId}`));
  const african = data.cities.filter((c) => c.side === 'africa');
  const us = data.cities.filter((c) => c.side === 'us');
  const freePairs = african.flatMap((a) => us.slice(0, 3).map((u) => [a, u] as const)).filter(([a, u]) => !used.has(`${a.id}-${u.id}`));
  let id = Math.max(...data.partnerships.map((p) => p.id));
  const make = (stage: Stage, fields: Partial<StoredPartnership>): StoredPartnership => {
    const [a, u] = freePairs[id % freePairs.length]!;
    id++;
    return {
      id, africanCityId: a.id, usCityId: u.id, kind: 'sister', stage, closedReason: null, focusAreas: ['arts_culture', 'youth_education'],
      cohort: '500in5', ownerId: null, firstContactAt: '2023-01-10', signedAt: null, sciRecognizedAt: null, lastActivityAt: null,
      nextStep: null, nextStepDue: null, notes: null, stageHistory: [], version: 1, createdAt: '2023-01-10T10:00:00.000Z', updatedAt: '2023-01-10T10:00:00.000Z',
      ...fields,
    };
  };
  return [
    ...['2023-03-01', '2024-02-29', '2024-03-01', '2027-03-01', '2028-02-29', '2028-03-01', '2023-02-28'].map((signedAt) => make('signed', { signedAt })),
    make('active', { signedAt: '2025-05-05', cohort: 'preexisting' }),
    make('ended', { signedAt: '2025-05-05' }),
    make('dormant', { signedAt: '2025-06-06', focusAreas: [] }),
    make('active', { signedAt: '2026-01-15', focusAreas: ['business_trade', 'business_trade'] }),
    make('interest', { lastActivityAt: addDays(TODAY, -60) }),
    make('exploring', { lastActivityAt: addDays(TODAY, -61) }),
    make('approvals', { lastActivityAt: addDays(TODAY, -121), cohort: 'preexisting' }),
    make('proposal', { lastActivityAt: null, firstContactAt: null, createdAt: `${addDays(TODAY, -200)}T08:00:00.000Z` }),
    make('prospect', { lastActivityAt: '2024-01-01' }),
  ];
}

describe.each(TEST_BACKENDS)('GET /api/stats/progress on %s', (backend) => {
  let handle: DatabaseHandle;
  let data: SeedData;
  let today = TODAY;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const seed = generateSeed({ gazetteer, today: TODAY });
    data = { ...seed, partnerships: [...seed.partnerships, ...edgeCases(seed)] };
    handle = await openTestDatabase(backend);
    await seedDatabase(handle, data);
    app = createApp({ passwords: TEST_PASSWORDS, handle, now, today: () => today, gazetteer });
  });
  const now = () => `${today}T12:00:00.000Z`;

  /** A request of staff Marcus Ellison (id 2), signed in the moment before, whatever day the test lives on. */
  const request = async (path: string, init: RequestInit = {}) => {
    const sid = await createSession(handle.db, 2, now());
    return app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: `sid=${sid}` } });
  };
  afterAll(() => handle?.close());

  /** The reference: the domain's computeProgress over every partnership as the API shows it. */
  function expected(region: AuRegion | null, settings: Settings = DEFAULT_SETTINGS, day = today) {
    const cities = new Map(data.cities.map((c) => [c.id, c]));
    const shown = data.partnerships.map((p) => withDerivedFields(p, cities.get(p.africanCityId)!, cities.get(p.usCityId)!, day));
    return computeProgress(shown, settings, day, region);
  }

  const progress = async (query = '') => {
    const response = await request(`/api/stats/progress${query}`);
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  async function post<T>(path: string, body: object): Promise<T> {
    const response = await request(`/api/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(201);
    return (await response.json()) as T;
  }

  /** A partnership signed today, written as a repository would, but without bumping the revision. */
  async function signTodayWithoutBump() {
    const talking = data.partnerships.find((p) => p.cohort === '500in5' && p.stage === 'exploring')!;
    // A write as the write path makes it (the row and the counters), but for the revision.
    await writeTransaction(handle, async (tx) => {
      await tx.updateTable('partnerships').set({ stage: 'signed', signedAt: today, stalledAfter: null }).where('id', '=', talking.id).execute();
      await settleProgressJournal(tx);
    });
    Object.assign(talking, { stage: 'signed', signedAt: today });
  }

  it('gives, computed by the database, the very figures of computeProgress on the same data', async () => {
    const { status, json } = await progress();
    expect(status).toBe(200);
    expect(json).toEqual(expected(null));
    expect(json.counted).toBeGreaterThan(200);
    expect(json.stalled).toBeGreaterThan(0);
  });

  it('gives the same figures for each AU region', async () => {
    for (const region of AU_REGIONS) {
      expect((await progress(`?region=${region}`)).json).toEqual(expected(region));
    }
  });

  it('measures stalled talks and the pace against the day it is asked', async () => {
    today = addDays(TODAY, 45);
    try {
      expect((await progress()).json).toEqual(expected(null));
      expect((await progress('?region=Eastern')).json).toEqual(expected('Eastern'));
    } finally {
      today = TODAY;
    }
  });

  it('draws every figure from one counted set: a signing date stored after today counts from its day, in the card and the year table alike', async () => {
    // The edge cases hold partnerships stored, before dates were checked, as signed on 2027-03-01 and 2028-02-29.
    const { json } = await progress();
    expect(countedSetMismatches(json as unknown as ProgressStats)).toEqual([]);
    today = '2027-03-01';
    try {
      const thatDay = (await progress()).json as unknown as ProgressStats;
      expect(countedSetMismatches(thatDay)).toEqual([]);
      expect(thatDay).toEqual(expected(null));
      expect(thatDay.byYear[4]!.counted).toBeGreaterThan(0);
      expect(thatDay.counted).toBeGreaterThan(json.counted as number);
    } finally {
      today = TODAY;
    }
  });

  it('refuses a region that is not an AU region', async () => {
    const { status, json } = await progress('?region=Midwest');
    expect(status).toBe(400);
    expect(json).toEqual({ message: 'Unknown AU region: Midwest.', errors: { region: 'app.validation.choice' } });
    expect((await progress('?region=')).json).toEqual(expected(null));
  });

  it('answers from its cache until a write bumps the revision, then at once with fresh figures', async () => {
    const before = (await progress()).json;
    await signTodayWithoutBump();
    expect((await progress()).json).toEqual(before);
    await writeTransaction(handle, bumpRevision);
    const after = (await progress()).json;
    expect(after.counted).toBe((before.counted as number) + 1);
    expect(after).toEqual(expected(null));
  });

  it('counts a partnership signed today through the API at once', async () => {
    const before = (await progress('?region=Western')).json;
    const african = await post<City>('cities', { name: 'Testville', country: 'GH' });
    const us = await post<City>('cities', { name: 'Testburg', country: 'US', admin1: 'OH' });
    const partnership = await post<StoredPartnership>('partnerships', {
      africanCityId: african.id, usCityId: us.id, kind: 'sister', stage: 'signed', signedAt: today, cohort: '500in5', focusAreas: ['arts_culture'],
    });
    data.cities.push(african, us);
    data.partnerships.push(partnership);
    const after = (await progress('?region=Western')).json;
    expect(after.counted).toBe((before.counted as number) + 1);
    expect(after.africanCities).toBe((before.africanCities as number) + 1);
    expect(after).toEqual(expected('Western'));
    expect((await progress()).json).toEqual(expected(null));
  });

  it('reads the goal from the settings table', async () => {
    const settings: Settings = { startDate: '2023-06-01', years: 4, target: 400, milestones: [50, 150, 250, 400], forecastMonths: 12 };
    await writeTransaction(handle, async (tx) => {
      await tx.updateTable('settings').set({ ...settings, milestones: JSON.stringify(settings.milestones) }).where('id', '=', 1).execute();
      await bumpRevision(tx);
    });
    expect((await progress()).json).toEqual(expected(null, settings));
    expect((await progress('?region=Western')).json).toEqual(expected('Western', settings));
  });
});
