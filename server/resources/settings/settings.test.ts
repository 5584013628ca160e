import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const ADA = 1; // the admin
const MARCUS = 2; // staff
const ABENA = 7; // the coordinator of Western
const ROBERT = 11; // leadership
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

const SHORTER = { startDate: '2024-01-01', years: 3, target: 50, milestones: [10, 30, 50], forecastMonths: 12 };

describe.each(TEST_BACKENDS)('/api/settings on %s', (backend) => {
  let api: TestServer;
  beforeEach(async () => {
    api = await createTestServer({ backend, signedInAs: ADA });
  });
  afterEach(() => api.close());

  const saved = async (changes: object) => {
    const { json: current } = await api.call('GET', '/settings/1');
    return api.call('PUT', '/settings/1', { ...current, ...changes });
  };

  it('lets every role read the one settings record, and no other', async () => {
    for (const id of [ADA, MARCUS, ABENA, ROBERT]) {
      const who = await api.as(id);
      expect(await who('GET', '/settings/1')).toMatchObject({ status: 200, json: { id: 1, ...DEFAULT_SETTINGS, version: 1 } });
    }
    expect(await api.call('GET', '/settings/2')).toMatchObject({ status: 404 });
    expect(await api.call('PUT', '/settings/2', { ...SHORTER, version: 1 })).toMatchObject({ status: 404 });
  });

  it('saves an admin’s settings with a new version, audited field by field', async () => {
    expect(await saved(SHORTER)).toMatchObject({ status: 200, json: { id: 1, ...SHORTER, version: 2 } });
    expect(await api.call('GET', '/settings/1')).toMatchObject({ json: { id: 1, ...SHORTER, version: 2 } });
    const [row] = await api.auditOf('settings', 1);
    expect(row).toMatchObject({ action: 'update', userId: ADA, userName: 'Ada Whitfield' });
    expect(row?.changes).toEqual({
      startDate: { before: '2023-03-01', after: '2024-01-01' },
      years: { before: 5, after: 3 },
      target: { before: 500, after: 50 },
      milestones: { before: [100, 200, 300, 400, 500], after: [10, 30, 50] },
      forecastMonths: { before: 24, after: 12 },
    });
  });

  it('refuses a change from any role but admin, and keeps the settings', async () => {
    for (const id of [MARCUS, ABENA, ROBERT]) {
      const who = await api.as(id);
      expect(await who('PUT', '/settings/1', { ...SHORTER, version: 1 })).toMatchObject(FORBIDDEN);
    }
    expect(await api.call('GET', '/settings/1')).toMatchObject({ json: { ...DEFAULT_SETTINGS, version: 1 } });
    expect(await api.auditOf('settings', 1)).toEqual([]);
  });

  it('refuses a stale version with 409 and a missing one with 400', async () => {
    expect(await saved({ target: 600 })).toMatchObject({ status: 200 });
    expect(await api.call('PUT', '/settings/1', { ...SHORTER, version: 1 })).toMatchObject({ status: 409, json: { message: 'app.error.conflict' } });
    expect(await api.call('PUT', '/settings/1', SHORTER)).toMatchObject({ status: 400, json: { errors: { version: 'app.validation.required' } } });
    expect(await api.call('GET', '/settings/1')).toMatchObject({ json: { target: 600, version: 2 } });
  });

  it('refuses milestones that are not one a year, or that go down, naming the field', async () => {
    expect(await saved({ years: 4 })).toMatchObject({ status: 400, json: { message: 'app.error.invalid', errors: { milestones: 'app.validation.milestonesPerYear' } } });
    expect(await saved({ milestones: [100, 300, 200, 400, 500] })).toMatchObject({ status: 400, json: { errors: { milestones: 'app.validation.milestonesCumulative' } } });
    expect(await saved({ forecastMonths: 3, target: 0 })).toMatchObject({ status: 400, json: { errors: { forecastMonths: expect.any(String), target: expect.any(String) } } });
    expect(await api.call('GET', '/settings/1')).toMatchObject({ json: { ...DEFAULT_SETTINGS, version: 1 } });
  });

  it('counts progress by the new settings from the next read on', async () => {
    for (const signedAt of ['2023-06-01', '2025-06-01']) await api.create('partnerships', await api.draft({ stage: 'signed', signedAt }));
    // Read first, so that what is kept must give way to the new settings.
    expect(await api.call('GET', '/stats/progress')).toMatchObject({ json: { target: 500, startDate: '2023-03-01', endDate: '2028-03-01', counted: 2 } });

    expect(await saved({ target: 800, milestones: [160, 320, 480, 640, 800] })).toMatchObject({ status: 200 });
    expect(await api.call('GET', '/stats/progress')).toMatchObject({ json: { target: 800, counted: 2 } });

    expect(await saved(SHORTER)).toMatchObject({ status: 200 });
    const { json } = await api.call('GET', '/stats/progress');
    expect(json).toMatchObject({ target: 50, startDate: '2024-01-01', endDate: '2027-01-01', years: 3, counted: 1 });
    expect(json.byYear.map((year: { target: number; counted: number }) => [year.target, year.counted])).toEqual([[10, 0], [30, 1], [50, 0]]);
  });
});
