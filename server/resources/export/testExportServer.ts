import type { Actor } from '../../../src/domain';
import type { SeedData } from '../../../src/domain/seed';
import { seedUsers } from '../../../src/domain/seed/users';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { TEST_PASSWORDS } from '../../auth/testPasswords';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, type TestBackend } from '../../db/testDatabase';
import { createWritePath } from '../../lib/writePath';
import { createCity } from '../cities/repository';
import { createPartnership } from '../partnerships/repository';
import { TEST_TODAY } from '../partnerships/testServer';

const NOW = `${TEST_TODAY}T10:00:00.000Z`;
const MARCUS: Actor = { id: 2, fullName: 'Marcus Ellison', role: 'staff', region: null };
export const ADMIN_ID = 1;
export const STAFF_ID = MARCUS.id;

/**
 * The API on a database of its own with the demo team (and `data`, loaded as the seed loads
 * it); `get` answers as the raw Response a browser would receive, signed in as `userId`.
 */
export async function createExportServer(backend: TestBackend, data: Partial<SeedData> = {}) {
  const handle = await openTestDatabase(backend);
  await seedDatabase(handle, { users: seedUsers(), cities: [], partnerships: [], events: [], programs: [], ...data });
  const app = createApp({ passwords: TEST_PASSWORDS, handle, now: () => NOW, today: () => TEST_TODAY, gazetteer: [] });
  const get = async (path: string, userId = STAFF_ID) =>
    app.request(`/api${path}`, { headers: { Cookie: `sid=${await createSession(handle.db, userId, NOW)}` } });

  /**
   * `count` partnerships between 50 African and count/50 US cities, made by the repositories
   * through the write path in one transaction (one audit row: cheap on both databases); the
   * i-th has `nextStep(i)`.
   */
  async function makePartnerships(count: number, nextStep: (i: number) => string) {
    const writer = { actor: MARCUS, now: NOW, today: TEST_TODAY };
    await createWritePath(handle)(writer, async (tx) => {
      const cityOf = async (body: Record<string, unknown>) => (await createCity(tx, body, writer)).after;
      const african = [];
      for (let i = 0; i < 50; i++) african.push(await cityOf({ name: `Testville ${i}`, country: 'GH' }));
      const us = [];
      for (let i = 0; i < Math.ceil(count / 50); i++) us.push(await cityOf({ name: `Testburg ${i}`, country: 'US', admin1: 'OH' }));
      let last;
      for (let i = 0; i < count; i++) {
        const pair = { africanCityId: african[i % 50]!.id, usCityId: us[Math.floor(i / 50)]!.id };
        const body = { ...pair, kind: 'sister', stage: 'interest', cohort: '500in5', ownerId: MARCUS.id, focusAreas: ['youth_education'], nextStep: nextStep(i) };
        last = await createPartnership(tx, body, writer);
      }
      return last!;
    });
  }

  /** Cities made by the repository through the write path, as staff would add them. */
  async function makeCities(bodies: Record<string, unknown>[]) {
    const writer = { actor: MARCUS, now: NOW, today: TEST_TODAY };
    await createWritePath(handle)(writer, async (tx) => {
      let last;
      for (const body of bodies) last = await createCity(tx, body, writer);
      return last!;
    });
  }

  return { get, makePartnerships, makeCities, close: () => handle.close() };
}
