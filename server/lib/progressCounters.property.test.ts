import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AU_REGIONS, COHORTS, computeProgress, countedSetMismatches, FOCUS_AREAS, STAGES, type AuRegion, type City, type GoalPartnership } from '../../src/domain';
import { seedUsers } from '../../src/domain/seed/users';
import type { DatabaseHandle, DbOrTx } from '../db/database';
import { seedDatabase } from '../db/seed';
import { openTestDatabase, TEST_BACKENDS } from '../db/testDatabase';
import { derivedColumns } from '../resources/partnerships/rows';
import { talliesFromCounters } from '../resources/stats/repository';
import { progressFrom } from '../resources/stats/tallies';
import { readCounters, rebuildCounters } from './progressCounters';
import { readSettings } from './settings';
import { createWritePath } from './writePath';

const TODAY = '2026-11-28';
const AT = `${TODAY}T09:00:00.000Z`;
/** Signing days on the edges of the window and of its years, and none; some after TODAY, as rows stored before dates were checked hold. */
const SIGNED = [null, '2023-02-28', '2023-03-01', '2024-02-29', '2024-03-01', '2025-07-15', TODAY, '2026-12-15', '2027-03-01', '2028-02-29', '2028-03-01'];
/** The days the figures are asked on: before some of those signing days, on one, after the window. */
const ASKED_ON = [TODAY, '2026-12-15', '2027-03-01', '2028-03-05'];
const QUIET = [null, '2026-11-20', '2026-09-01', '2026-03-01'];
/** African cities of every AU region, two in the Western one; US cities enough for a pair each. */
const AFRICAN = ['GH', 'NG', 'EG', 'CM', 'KE', 'ZA'];
const US_CITIES = 60;

/** Counted stages half the time: the edges of what counts are where a rule goes wrong. */
const COUNTED_OR_ANY = fc.oneof(fc.constantFrom('signed', 'active', 'dormant'), fc.constantFrom(...STAGES));

const facts = fc.record({
  cohort: fc.constantFrom(...COHORTS),
  stage: COUNTED_OR_ANY,
  signedAt: fc.constantFrom(...SIGNED),
  lastActivityAt: fc.constantFrom(...QUIET),
  africanCity: fc.nat({ max: AFRICAN.length - 1 }),
  focusAreas: fc.array(fc.constantFrom(...FOCUS_AREAS), { maxLength: 4 }),
});
type Facts = typeof facts extends fc.Arbitrary<infer F> ? F : never;
/** What the writes do, each in a transaction of its own (or two at once): everything that moves what is counted. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), facts }),
  fc.record({ op: fc.constant('update' as const), which: fc.nat(), facts }),
  fc.record({ op: fc.constant('delete' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('moveCity' as const), city: fc.nat({ max: AFRICAN.length - 1 }), country: fc.constantFrom(...AFRICAN) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer O> ? O : never;

const cityRow = (id: number, country: string, region: string, side: 'africa' | 'us', admin1: string | null = null) => ({
  id, name: `City ${id}`, country, admin1, side, region, languages: [], sciMember: false, version: 1, createdAt: AT, updatedAt: AT,
}) as unknown as City;

describe.each(TEST_BACKENDS)('the goal counted three ways on %s, over generated partnerships and writes', (backend) => {
  let handle: DatabaseHandle;
  const regionOf: Record<string, AuRegion> = { GH: 'Western', NG: 'Western', EG: 'Northern', CM: 'Central', KE: 'Eastern', ZA: 'Southern' };
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    const cities = [
      ...AFRICAN.map((country, index) => cityRow(index + 1, country, regionOf[country]!, 'africa')),
      ...Array.from({ length: US_CITIES }, (_, index) => cityRow(100 + index, 'US', 'Midwest', 'us', 'OH')),
    ];
    await seedDatabase(handle, { users: seedUsers(), cities, partnerships: [], events: [], programs: [] });
  });
  afterAll(() => handle?.close());

  const ids = async (tx: DbOrTx) => (await tx.selectFrom('partnerships').select('id').orderBy('id').execute()).map((row) => row.id);

  async function columns(tx: DbOrTx, f: Facts, usCityId: number) {
    const african = await tx.selectFrom('cities').selectAll().where('id', '=', f.africanCity + 1).executeTakeFirstOrThrow();
    const row = { cohort: f.cohort, stage: f.stage, signedAt: f.signedAt, lastActivityAt: f.lastActivityAt, firstContactAt: null, createdAt: AT, focusAreas: f.focusAreas };
    return { ...row, africanCityId: african.id, usCityId, ...derivedColumns(row, african, { name: 'US', country: 'US', region: 'Midwest', admin1: 'OH' }) };
  }

  async function apply(tx: DbOrTx, step: Operation, serial: number) {
    const existing = await ids(tx);
    // Every row is written closed (isOpen 0): the generated pairs need not be unique.
    if (step.op === 'insert') {
      await tx
        .insertInto('partnerships')
        .values({ ...(await columns(tx, step.facts, 100 + (serial % US_CITIES))), kind: 'sister', version: 1, updatedAt: AT, isOpen: 0 })
        .execute();
    } else if (step.op === 'update' && existing.length > 0) {
      const id = existing[step.which % existing.length]!;
      const { usCityId } = await tx.selectFrom('partnerships').select('usCityId').where('id', '=', id).executeTakeFirstOrThrow();
      await tx.updateTable('partnerships').set({ ...(await columns(tx, step.facts, usCityId)), isOpen: 0 }).where('id', '=', id).execute();
    } else if (step.op === 'delete' && existing.length > 0) {
      await tx.deleteFrom('partnerships').where('id', '=', existing[step.which % existing.length]!).execute();
    } else if (step.op === 'moveCity') {
      // A city moves to another country's region, and its partnerships' copies follow in the same
      // transaction, as the city's update makes them: a city's partnerships never span two regions.
      await tx.updateTable('cities').set({ region: regionOf[step.country]!, country: step.country }).where('id', '=', step.city + 1).execute();
      await tx.updateTable('partnerships').set({ region: regionOf[step.country]!, country: step.country }).where('africanCityId', '=', step.city + 1).execute();
    }
  }

  /** The partnerships as the domain reads them, straight from the rows. */
  async function asTheDomainSeesThem(): Promise<GoalPartnership[]> {
    const rows = await handle.db.selectFrom('partnerships').selectAll().execute();
    return rows.map((row) => ({ ...row, focusAreas: JSON.parse(row.focusAreas), region: row.region as AuRegion }) as GoalPartnership);
  }

  const snapshot = async () => (await readCounters(handle.db)).map(({ region, key, n }) => `${region} ${key} ${n}`).sort();

  it('the counters kept by the write path, the SQL recount and countsTowardGoal (computeProgress) agree, on any day, in every figure', async () => {
    const write = createWritePath(handle);
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(operation, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 12 }), fc.constantFrom(...ASKED_ON), async (transactions, today) => {
        const run = (work: (tx: DbOrTx) => Promise<void>) =>
          write({ actor: null, now: AT, today: TODAY }, async (tx) => {
            await work(tx);
            return { action: 'update', resource: 'partnerships', recordId: 0, before: null, after: null } as const;
          });
        // Each run starts from no partnership and counters counted afresh, so a counterexample tells the whole story.
        await run(async (tx) => void (await tx.deleteFrom('partnerships').execute()));
        await rebuildCounters(handle, await readSettings(handle.db), true);
        for (const steps of transactions) await run(async (tx) => {
          for (const step of steps) await apply(tx, step, serial++);
        });
        const kept = await snapshot();
        const settings = await readSettings(handle.db);
        // The domain's reference, from the rows themselves.
        const shown = await asTheDomainSeesThem();
        const tallies = await talliesFromCounters(handle.db, settings, today);
        for (const region of [null, ...AU_REGIONS]) {
          const figures = progressFrom(tallies, settings, today, region);
          expect(figures).toEqual(computeProgress(shown, settings, today, region));
          // Every figure of the page from one counted set: the card, the year table, the regions, the cities.
          expect(countedSetMismatches(figures)).toEqual([]);
        }
        // The SQL recount (the WHERE that mirrors countsTowardGoal) gives the same counters.
        await rebuildCounters(handle, settings, true);
        expect(await snapshot()).toEqual(kept);
      }),
      { numRuns: backend === 'sqlite' ? 60 : 15 },
    );
  });
});
