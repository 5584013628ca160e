import gazetteer from 'virtual:gazetteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSignUps, type SignUpInquiry, type SignUps, type SignUpsScope, type Stage } from '../../../src/domain';
import { generateSeed, type SeedData } from '../../../src/domain/seed';
import { converted, signUpRecord } from '../../../tests/setup/signUpRecords';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { TEST_PASSWORDS } from '../../auth/testPasswords';
import type { DatabaseHandle } from '../../db/database';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, TEST_BACKENDS } from '../../db/testDatabase';

const TODAY = '2026-11-28';
const MARCUS = 2; // staff
const LEADERSHIP = 11;
// Five weeks over the new year: 22 Dec 2025 to 25 Jan 2026 (a Sunday).
const NEW_YEAR = { from: '2025-12-22', to: '2026-01-25' };

describe.each(TEST_BACKENDS)('GET /api/stats/signUps on %s', (backend) => {
  let handle: DatabaseHandle;
  let data: SeedData;
  let app: ReturnType<typeof createApp>;
  const partnershipIn = (stage: Stage) => data.partnerships.find((p) => p.stage === stage && p.cohort === '500in5')!;

  beforeAll(async () => {
    data = generateSeed({ gazetteer, today: TODAY });
    const [signed, exploring, ended] = [partnershipIn('signed'), partnershipIn('exploring'), partnershipIn('ended')];
    data.inquiries = [
      signUpRecord(1, '2025-12-14'), // before the period
      signUpRecord(2, '2025-12-22T08:00:00.000Z'),
      // The Sunday night and the Monday morning after it fall in two weeks.
      signUpRecord(3, '2025-12-28T23:30:00.000Z', converted(signed.id)),
      signUpRecord(4, '2025-12-29T00:10:00.000Z', { region: 'Northern', ...converted(exploring.id) }),
      // A US city asking for a Western partner, converted before its partner was known.
      signUpRecord(5, '2026-01-01', { side: 'us', country: 'US', admin1: 'OH', region: 'Midwest', preferredRegion: 'Western', ...converted(null) }),
      signUpRecord(6, '2026-01-14', { region: 'Eastern', status: 'declined' }),
      signUpRecord(7, '2026-01-20', converted(ended.id)),
      signUpRecord(8, '2026-01-26'), // after the period
      signUpRecord(9, '2024-05-02', { status: 'contacted' }),
    ];
    handle = await openTestDatabase(backend);
    await seedDatabase(handle, data);
    app = createApp({ passwords: TEST_PASSWORDS, handle, now: () => `${TODAY}T12:00:00.000Z`, today: () => TODAY, gazetteer });
  });
  afterAll(() => handle?.close());

  const request = async (path: string, userId: number | null = MARCUS, init: RequestInit = {}) => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (userId !== null) headers.Cookie = `sid=${await createSession(handle.db, userId, `${TODAY}T12:00:00.000Z`)}`;
    const response = await app.request(path, { ...init, headers });
    return { status: response.status, json: (await response.json()) as SignUps & { errors?: Record<string, string> } };
  };
  const signUps = (params: Record<string, string> = {}, userId?: number | null) =>
    request(`/api/stats/signUps${Object.keys(params).length > 0 ? `?${new URLSearchParams(params)}` : ''}`, userId);

  /** The reference: the domain's definition over the same sign-ups and partnerships. */
  function expected(scope: SignUpsScope): SignUps {
    const partnerships = new Map(data.partnerships.map((p) => [p.id, p]));
    const inquiries: SignUpInquiry[] = data.inquiries!.map((i) => {
      const partnership = i.partnershipId === null ? undefined : partnerships.get(i.partnershipId);
      return { ...i, partnership: partnership ? { stage: partnership.stage, signedAt: partnership.signedAt ?? null } : null };
    });
    return computeSignUps(inquiries, scope);
  }

  it('counts the sign-ups of each week across the new year, the empty week included, and what became of them', async () => {
    const { status, json } = await signUps(NEW_YEAR);
    expect(status).toBe(200);
    expect(json).toEqual({
      ...NEW_YEAR,
      region: null,
      unit: 'week',
      buckets: [
        { start: '2025-12-22', signUps: 2 },
        { start: '2025-12-29', signUps: 2 },
        { start: '2026-01-05', signUps: 0 },
        { start: '2026-01-12', signUps: 1 },
        { start: '2026-01-19', signUps: 1 },
      ],
      signUps: 6,
      converted: 4,
      prospects: 3,
      signed: 2,
      prospectRate: 0.5,
      signedRate: 2 / 3,
    });
    expect(json).toEqual(expected({ ...NEW_YEAR, region: null }));
  });

  it('takes in a region the sign-ups from it and those asking for a partner in it', async () => {
    const { json } = await signUps({ ...NEW_YEAR, region: 'Western' });
    expect(json).toMatchObject({ region: 'Western', signUps: 4, converted: 3, prospects: 2, signed: 2, prospectRate: 0.5, signedRate: 1 });
    expect(json.buckets.map((b) => b.signUps)).toEqual([2, 1, 0, 0, 1]);
    expect((await signUps({ ...NEW_YEAR, region: 'Eastern' })).json).toMatchObject({ signUps: 1, prospects: 0, prospectRate: 0, signedRate: null });
    expect((await signUps({ ...NEW_YEAR, region: 'Southern' })).json).toMatchObject({ signUps: 0, prospectRate: null, signedRate: null });
  });

  it('counts by month since the initiative’s start by default, every month present', async () => {
    const { json } = await signUps();
    const scope = { from: '2023-03-01', to: TODAY, region: null };
    expect(json).toEqual(expected(scope));
    expect(json).toMatchObject({ ...scope, unit: 'month', signUps: 9 });
    expect(json.buckets).toHaveLength(45);
    expect(json.buckets.filter((b) => b.signUps > 0)).toEqual([
      { start: '2024-05-01', signUps: 1 },
      { start: '2025-12-01', signUps: 4 },
      { start: '2026-01-01', signUps: 4 },
    ]);
  });

  it('shows a partnership signed since at once', async () => {
    const before = (await signUps(NEW_YEAR)).json;
    const exploring = partnershipIn('exploring');
    const moved = await request(`/api/partnerships/${exploring.id}`, MARCUS, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: exploring.version, stage: 'signed', signedAt: TODAY }),
    });
    expect(moved.status).toBe(200);
    exploring.stage = 'signed';
    exploring.signedAt = TODAY;
    const after = (await signUps(NEW_YEAR)).json;
    expect([before.signed, after.signed]).toEqual([2, 3]);
    expect(after).toEqual(expected({ ...NEW_YEAR, region: null }));
  });

  it('gives leadership the counts, and nobody without a session', async () => {
    expect((await signUps(NEW_YEAR, LEADERSHIP)).json).toEqual((await signUps(NEW_YEAR)).json);
    expect((await signUps(NEW_YEAR, null)).status).toBe(401);
  });

  it.each([
    ['a region outside Africa', { region: 'Midwest' }, { region: 'app.validation.choice' }],
    ['a day that is not one', { from: '2026-02-30' }, { from: 'app.validation.date' }],
    ['a period that ends before it starts', { from: '2026-03-01', to: '2026-02-01' }, { to: 'app.validation.endBeforeStart' }],
    ['an end before the initiative’s start', { to: '2020-01-01' }, { to: 'app.validation.endBeforeStart' }],
  ])('refuses %s with a field error', async (_case, params, errors) => {
    expect(await signUps(params)).toEqual({ status: 400, json: { message: 'app.error.invalid', errors } });
  });
});
