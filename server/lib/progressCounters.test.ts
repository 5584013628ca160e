import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../db/testDatabase';
import { createTestServer, TEST_TODAY, type TestServer } from '../resources/partnerships/testServer';
import { readCounters, rebuildCounters } from './progressCounters';
import { readSettings } from './settings';

/** The counters as a sorted list, to compare kept ones with ones counted afresh. */
const snapshot = async (api: TestServer) =>
  (await readCounters(api.db)).map(({ region, key, n }) => `${region} ${key} ${n}`).sort();

describe.each(TEST_BACKENDS)('progress counters kept by the writes on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  it('equal the counters counted afresh after every kind of write', async () => {
    const signed = { stage: 'signed', signedAt: TEST_TODAY, focusAreas: ['youth_education', 'arts_culture'] };
    const a = await api.create('partnerships', await api.draft(signed));
    const b = await api.create('partnerships', await api.draft({ ...signed, cohort: 'preexisting' }));
    const c = await api.create('partnerships', await api.draft({ stage: 'exploring' }));
    await api.update('partnerships', a.id, { focusAreas: ['business_trade'], stage: 'active' });
    await api.update('partnerships', c.id, { stage: 'proposal' });
    await api.update('partnerships', b.id, { cohort: '500in5' });
    // Signed before the initiative: in the pipeline counts, not in the goal.
    await api.update('partnerships', b.id, { signedAt: '2020-05-01' });
    // Its African city moves to another region, and another partnership changes city.
    await api.update('cities', a.africanCityId, { country: 'KE' });
    const moroccan = await api.city('africa');
    await api.update('cities', moroccan.id, { country: 'MA' });
    await api.update('partnerships', c.id, { africanCityId: moroccan.id });
    await api.call('DELETE', `/partnerships/${b.id}`);

    const kept = await snapshot(api);
    expect(kept).toContain('Eastern year:4 1');
    expect(kept).toContain(`Eastern city:${a.africanCityId} 1`);
    expect(kept).toContain('Northern stage:proposal 1');
    await rebuildCounters({ db: api.db, dialect: backend }, await readSettings(api.db), true);
    expect(await snapshot(api)).toEqual(kept);
  });
});
