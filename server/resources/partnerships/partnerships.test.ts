import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, TEST_TODAY, type TestServer } from './testServer';

describe.each(TEST_BACKENDS)('partnerships on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const historyRows = async (partnershipId: number) =>
    (await api.db.selectFrom('stageHistory').select('stage').where('partnershipId', '=', partnershipId).execute()).length;

  describe('POST /api/partnerships', () => {
    it('opens a partnership with its first stage in the history, as the acting staff member', async () => {
      const { status, json } = await api.call('POST', '/partnerships', await api.draft({ stageNote: 'Met at the summit', region: 'Northern', stalled: true }));
      expect(status).toBe(201);
      expect(json).toMatchObject({ region: 'Western', usRegion: 'Midwest', country: 'GH', usState: 'OH', stalled: false, version: 1 });
      expect(json.africanCityName).toMatch(/^Testville/);
      expect(json.stageHistory).toEqual([
        { stage: 'interest', at: expect.stringMatching(new RegExp(`^${TEST_TODAY}T`)), by: 2, byName: 'Marcus Ellison', note: 'Met at the summit' },
      ]);
      expect(json).not.toHaveProperty('stageNote');
      expect(json).not.toHaveProperty('isOpen');
      expect(json).not.toHaveProperty('stalledAfter');
      expect(json).toMatchObject({ closedReason: null, ownerId: null, lastActivityAt: null, notes: null });
      expect((await api.call('GET', `/partnerships/${json.id}`)).json).toEqual(json);
    });

    it('refuses two cities of one side, and cities that do not exist, writing nothing', async () => {
      const revision = await api.revision();
      const twoAfrican = await api.call('POST', '/partnerships', await api.draft({ usCityId: (await api.city('africa')).id }));
      expect(twoAfrican).toMatchObject({ status: 400, json: { message: 'app.error.invalid', errors: { usCityId: 'app.validation.usCity' } } });
      const twoUs = await api.call('POST', '/partnerships', await api.draft({ africanCityId: (await api.city('us')).id }));
      expect(twoUs.json.errors).toEqual({ africanCityId: 'app.validation.africanCity' });
      const unknown = await api.call('POST', '/partnerships', await api.draft({ africanCityId: 999999, usCityId: 999998 }));
      expect(unknown.json.errors).toEqual({ africanCityId: 'app.validation.unknownCity', usCityId: 'app.validation.unknownCity' });
      // Eight cities were created for the drafts; the refused partnerships wrote nothing.
      expect(await api.revision()).toBe(revision + 8);
    });

    it('answers schema errors with their keys, and an unknown owner as a field error, not a crash', async () => {
      const kind = await api.call('POST', '/partnerships', await api.draft({ kind: 'cousin', focusAreas: ['sports'] }));
      expect(kind.json.errors).toEqual({ kind: 'app.validation.choice', focusAreas: 'app.validation.choice' });
      const unsigned = await api.call('POST', '/partnerships', await api.draft({ stage: 'signed' }));
      expect(unsigned.json.errors).toEqual({ signedAt: 'app.stage.refused.signedAt' });
      const owner = await api.call('POST', '/partnerships', await api.draft({ ownerId: 4242 }));
      expect(owner).toMatchObject({ status: 400, json: { errors: { ownerId: 'app.validation.choice' } } });
    });

    it('records each change of stage in the name of whoever is signed in', async () => {
      // Staff adds the cities (a US city is no coordinator's); Abena Mensah coordinates the
      // Western region, so a partnership of a Ghanaian city is hers.
      const draft = await api.draft();
      await api.signIn(7);
      try {
        const p = await api.create('partnerships', draft);
        const moved = await api.update('partnerships', p.id, { stage: 'exploring' });
        expect(moved.stageHistory.map(({ by, byName }: { by: number; byName: string }) => ({ by, byName }))).toEqual([
          { by: 7, byName: 'Abena Mensah' },
          { by: 7, byName: 'Abena Mensah' },
        ]);
        await api.signIn(2);
        const again = await api.update('partnerships', p.id, { stage: 'proposal' });
        expect(again.stageHistory.at(-1)).toMatchObject({ stage: 'proposal', by: 2, byName: 'Marcus Ellison' });
      } finally {
        await api.signIn(2);
      }
    });
  });

  describe('one open partnership per pair of cities', () => {
    it('refuses a second open partnership of the pair, not a new one after a closed one', async () => {
      const first = await api.create('partnerships', await api.draft());
      const pair = { africanCityId: first.africanCityId, usCityId: first.usCityId };
      const again = await api.call('POST', '/partnerships', await api.draft(pair));
      expect(again).toMatchObject({ status: 400, json: { errors: { usCityId: 'app.validation.pairExists' } } });
      await api.update('partnerships', first.id, { stage: 'closed', closedReason: 'No reply' });
      expect((await api.call('POST', '/partnerships', await api.draft(pair))).status).toBe(201);
    });

    it('refuses to move a partnership onto a pair already open, and to reopen a pair', async () => {
      const open = await api.create('partnerships', await api.draft());
      const other = await api.create('partnerships', await api.draft());
      const moved = await api.call('PUT', `/partnerships/${other.id}`, { ...other, usCityId: open.usCityId, africanCityId: open.africanCityId });
      expect(moved.json.errors).toEqual({ usCityId: 'app.validation.pairExists' });
      expect((await api.call('GET', `/partnerships/${other.id}`)).json).toEqual(other);
    });
  });

  describe('writers at the same time', () => {
    it('lets one of several saves of the same version through; the others get 409', async () => {
      const p = await api.create('partnerships', await api.draft());
      const saves = ['exploring', 'proposal', 'approvals', 'exploring'].map((stage) => api.call('PUT', `/partnerships/${p.id}`, { ...p, stage }));
      const statuses = (await Promise.all(saves)).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409]);
      expect(await historyRows(p.id)).toBe(2);
      expect((await api.call('GET', `/partnerships/${p.id}`)).json.version).toBe(2);
    });

    it('opens only one of several partnerships of the same pair created at once', async () => {
      const body = await api.draft();
      const answers = await Promise.all([1, 2, 3].map(() => api.call('POST', '/partnerships', body)));
      expect(answers.map((r) => r.status).sort()).toEqual([201, 400, 400]);
      expect(answers.find((r) => r.status === 400)!.json.errors).toEqual({ usCityId: 'app.validation.pairExists' });
    });
  });

  describe('PUT /api/partnerships/:id', () => {
    it('appends each change of stage to the history, with who and why, and marks activity today', async () => {
      const p = await api.create('partnerships', await api.draft({ stage: 'proposal', lastActivityAt: '2026-01-10' }));
      const { json } = await api.call('PUT', `/partnerships/${p.id}`, { ...p, stage: 'exploring', stageNote: 'New council' });
      expect(json.stageHistory.map((c: { stage: string; note: string | null }) => [c.stage, c.note])).toEqual([
        ['proposal', null],
        ['exploring', 'New council'],
      ]);
      expect(json).toMatchObject({ version: 2, lastActivityAt: TEST_TODAY, stalled: false });
      const same = await api.call('PUT', `/partnerships/${p.id}`, { ...json, notes: 'Just a note' });
      expect(same.json.stageHistory).toHaveLength(2);
      expect(await historyRows(p.id)).toBe(2);
    });

    it('refuses a stage move the rules forbid, says why, and writes no history', async () => {
      const signed = await api.create('partnerships', await api.draft({ stage: 'active', signedAt: '2024-05-01' }));
      // Abena Mensah coordinates Western Africa: only staff and admins may set a signature back (decision 014).
      const asCoordinator = await api.as(7);
      const unsign = await asCoordinator('PUT', `/partnerships/${signed.id}`, { ...signed, stage: 'interest', stageNote: 'Wrong stage' });
      expect(unsign).toMatchObject({ status: 400, json: { errors: { stage: 'app.stage.refused.unsign' } } });
      const later = await api.create('partnerships', await api.draft({ stage: 'proposal' }));
      const revision = await api.revision();
      const back = await api.call('PUT', `/partnerships/${later.id}`, { ...later, stage: 'interest', notes: 'changed' });
      expect(back.json.errors).toEqual({ stageNote: 'app.stage.refused.backNeedsNote' });
      expect((await api.call('GET', `/partnerships/${later.id}`)).json).toEqual(later);
      expect(await historyRows(later.id)).toBe(1);
      expect(await api.revision()).toBe(revision);
    });

    it('refuses a stale version with 409 and changes nothing: no row, no history, no focus area', async () => {
      const p = await api.create('partnerships', await api.draft());
      await api.update('partnerships', p.id, { notes: 'first writer' });
      const revision = await api.revision();
      const stale = await api.call('PUT', `/partnerships/${p.id}`, { ...p, stage: 'exploring', focusAreas: ['arts_culture'], notes: 'second writer' });
      expect(stale).toMatchObject({ status: 409, json: { message: 'app.error.conflict' } });
      expect((await api.call('GET', `/partnerships/${p.id}`)).json).toMatchObject({ notes: 'first writer', version: 2, stage: 'interest' });
      expect(await historyRows(p.id)).toBe(1);
      const areas = await api.db.selectFrom('partnershipFocusAreas').select('focusArea').where('partnershipId', '=', p.id).execute();
      expect(areas).toEqual([{ focusArea: 'youth_education' }]);
      expect(await api.revision()).toBe(revision);
    });

    it('needs the version the client read, and answers 404 for an unknown partnership first', async () => {
      const p = await api.create('partnerships', await api.draft());
      expect((await api.call('PUT', `/partnerships/${p.id}`, { notes: 'x' })).json).toEqual({
        message: 'app.error.invalid',
        errors: { version: 'app.validation.required' },
      });
      expect((await api.call('PUT', '/partnerships/999999', { notes: 'x' })).status).toBe(404);
    });

    it('ignores derived and meta fields sent back, and keeps the copies of its cities true', async () => {
      const p = await api.create('partnerships', await api.draft());
      const newCity = await api.city('africa', 'Kumasi');
      const { json } = await api.call('PUT', `/partnerships/${p.id}`, {
        ...p,
        africanCityName: 'Paris',
        region: 'Northern',
        stalled: true,
        createdAt: '1999-01-01T00:00:00.000Z',
        stageHistory: [],
        africanCityId: newCity.id,
      });
      expect(json).toMatchObject({ africanCityName: 'Kumasi', region: 'Western', stalled: false, createdAt: p.createdAt });
      expect(json.stageHistory).toEqual(p.stageHistory);
      const { json: found } = await api.list('partnerships', { filter: { q: 'kumasi' } });
      expect(found.map((row: { id: number }) => row.id)).toEqual([p.id]);
    });

    it('keeps the focus areas the filters read in step with the record', async () => {
      const p = await api.create('partnerships', await api.draft({ focusAreas: ['arts_culture', 'arts_culture'] }));
      expect(p.focusAreas).toEqual(['arts_culture', 'arts_culture']);
      await api.update('partnerships', p.id, { focusAreas: ['business_trade', 'community_development'] });
      const byArea = async (area: string) =>
        (await api.list('partnerships', { range: [0, 999], filter: { focusAreas: [area] } })).json.map((row: { id: number }) => row.id);
      expect(await byArea('arts_culture')).not.toContain(p.id);
      expect(await byArea('community_development')).toContain(p.id);
    });
  });

  it('bumps the revision once in every write', async () => {
    const body = await api.draft();
    const start = await api.revision();
    const p = await api.create('partnerships', body);
    expect(await api.revision()).toBe(start + 1);
    await api.update('partnerships', p.id, { stage: 'exploring' });
    expect(await api.revision()).toBe(start + 2);
    await api.call('DELETE', `/partnerships/${p.id}`);
    expect(await api.revision()).toBe(start + 3);
  });

  describe('DELETE /api/partnerships/:id', () => {
    it('refuses a stale If-Match, then deletes and takes the partnership off its events and programs', async () => {
      const p = await api.create('partnerships', await api.draft());
      const kept = await api.create('partnerships', await api.draft());
      const event = await api.create('events', { type: 'virtual_meeting', title: 'Call', startsAt: '2026-11-01T10:00:00.000Z', virtual: true, partnershipIds: [p.id, kept.id] });
      const program = await api.create('programs', { kind: 'exchange', title: 'Swap', cycleYear: 2026, status: 'open', partnershipIds: [kept.id, p.id] });
      await api.update('partnerships', p.id, { notes: 'changed' });
      const stale = await api.call('DELETE', `/partnerships/${p.id}`, undefined, { 'If-Match': '"1"' });
      expect(stale.status).toBe(409);
      const { status, json } = await api.call('DELETE', `/partnerships/${p.id}`, undefined, { 'If-Match': '"2"' });
      expect(status).toBe(200);
      expect(json).toMatchObject({ id: p.id, notes: 'changed', stageHistory: [{ stage: 'interest' }] });
      expect((await api.call('GET', `/partnerships/${p.id}`)).status).toBe(404);
      expect((await api.call('GET', `/events/${event.id}`)).json).toMatchObject({ partnershipIds: [kept.id], version: 1 });
      expect((await api.call('GET', `/programs/${program.id}`)).json).toMatchObject({ partnershipIds: [kept.id], version: 1 });
      expect(await historyRows(p.id)).toBe(0);
    });
  });
});
