import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from './testServer';

/** Users of the demo team: Marcus Ellison (staff), the admin, and Abena Mensah, who coordinates Western Africa (Ghana). */
const STAFF = 2;
const ADMIN = 1;
const WESTERN_COORDINATOR = 7;

describe.each(TEST_BACKENDS)('correcting a wrong stage on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const counted = async () => (await api.call('GET', '/stats/progress')).json.counted as number;
  const signedByMistake = async () =>
    api.create('partnerships', await api.draft({ stage: 'signed', firstContactAt: '2026-01-05', signedAt: '2026-11-01', sciRecognizedAt: '2026-11-20' }));

  it('lets staff set a signed partnership back before signature with a note: the history keeps it, the count falls back', async () => {
    const p = await signedByMistake();
    const before = await counted();
    const { status, json } = await api.call('PUT', `/partnerships/${p.id}`, { ...p, stage: 'proposal', stageNote: 'Entered as signed by mistake' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ stage: 'proposal', signedAt: null, sciRecognizedAt: null, firstContactAt: '2026-01-05', version: 2 });
    expect(json.stageHistory.at(-1)).toMatchObject({ stage: 'proposal', by: STAFF, byName: 'Marcus Ellison', note: 'Entered as signed by mistake' });
    expect(await counted()).toBe(before - 1);
    const [, correction] = await api.auditOf('partnerships', p.id);
    expect(correction!.changes.signedAt).toEqual({ before: '2026-11-01', after: null });
  });

  it('lets an admin move a dormant partnership back to an earlier stage', async () => {
    const p = await api.create('partnerships', await api.draft({ stage: 'dormant', signedAt: '2024-05-01' }));
    const asAdmin = await api.as(ADMIN);
    const { status, json } = await asAdmin('PUT', `/partnerships/${p.id}`, { ...p, stage: 'approvals', stageNote: 'The council never ratified it' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ stage: 'approvals', signedAt: null });
  });

  it('asks staff for a note, and writes nothing without one', async () => {
    const p = await signedByMistake();
    const revision = await api.revision();
    const { status, json } = await api.call('PUT', `/partnerships/${p.id}`, { ...p, stage: 'exploring' });
    expect(status).toBe(400);
    expect(json.errors).toEqual({ stageNote: 'app.stage.refused.backNeedsNote' });
    expect(await api.revision()).toBe(revision);
  });

  it('keeps the old rule for a coordinator: a signed partnership of their region cannot be set back', async () => {
    const p = await signedByMistake();
    const asCoordinator = await api.as(WESTERN_COORDINATOR);
    const { status, json } = await asCoordinator('PUT', `/partnerships/${p.id}`, { ...p, stage: 'proposal', stageNote: 'Wrong stage' });
    expect(status).toBe(400);
    expect(json.errors).toEqual({ stage: 'app.stage.refused.unsign' });
    expect((await api.call('GET', `/partnerships/${p.id}`)).json).toEqual(p);
  });
});
