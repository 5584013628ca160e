import { describe, expect, it } from 'vitest';
import { callApi, MOCK_TODAY, useMockApi } from '../../tests/setup/mockApi';

const api = useMockApi();

const cityOf = (side: 'africa' | 'us') => api.create('cities', side === 'us' ? { name: 'Testburg', country: 'US', admin1: 'OH' } : { name: 'Testville', country: 'GH' });
const draft = (overrides: Record<string, unknown> = {}) => ({
  africanCityId: cityOf('africa').id,
  usCityId: cityOf('us').id,
  kind: 'sister',
  stage: 'interest',
  cohort: '500in5',
  focusAreas: ['youth_education'],
  ...overrides,
});

describe('partnerships over the mock API', () => {
  it('opens a partnership with its first stage in the history and the city names', async () => {
    const { status, json } = await callApi('POST', '/partnerships', draft({ stageNote: 'Met at the summit', region: 'Northern' }));
    expect(status).toBe(201);
    expect(json).toMatchObject({ africanCityName: 'Testville', usCityName: 'Testburg', region: 'Western', usRegion: 'Midwest', stalled: false });
    expect(json.stageHistory).toEqual([
      { stage: 'interest', at: expect.stringMatching(new RegExp(`^${MOCK_TODAY}T`)), by: 2, byName: 'Marcus Ellison', note: 'Met at the summit' },
    ]);
    expect(json).not.toHaveProperty('stageNote');
  });

  it('refuses two cities of one side, and cities that do not exist', async () => {
    const twoAfrican = await callApi('POST', '/partnerships', draft({ usCityId: cityOf('africa').id }));
    expect(twoAfrican.json.errors).toEqual({ usCityId: 'app.validation.usCity' });
    const twoUs = await callApi('POST', '/partnerships', draft({ africanCityId: cityOf('us').id }));
    expect(twoUs.json.errors).toEqual({ africanCityId: 'app.validation.africanCity' });
    const unknown = await callApi('POST', '/partnerships', draft({ africanCityId: 999999 }));
    expect(unknown.json.errors).toEqual({ africanCityId: 'app.validation.unknownCity' });
  });

  it('refuses a second open partnership of the same pair, not a new one after a closed one', async () => {
    const first = api.create('partnerships', draft());
    const pair = { africanCityId: first.africanCityId, usCityId: first.usCityId };
    const again = await callApi('POST', '/partnerships', draft(pair));
    expect(again.status).toBe(400);
    expect(again.json.errors).toEqual({ usCityId: 'app.validation.pairExists' });
    api.update('partnerships', first.id, { stage: 'closed', closedReason: 'No reply' });
    expect((await callApi('POST', '/partnerships', draft(pair))).status).toBe(201);
  });

  it('refuses a stage move the rules forbid, says why, and changes nothing', async () => {
    const p = api.create('partnerships', draft({ stage: 'active', signedAt: '2024-05-01' }));
    const unsign = await callApi('PUT', `/partnerships/${p.id}`, { ...p, stage: 'interest' });
    expect(unsign.status).toBe(400);
    expect(unsign.json.errors).toEqual({ stage: 'app.stage.refused.unsign' });
    const later = api.create('partnerships', draft({ stage: 'proposal' }));
    const back = await callApi('PUT', `/partnerships/${later.id}`, { ...later, stage: 'interest' });
    expect(back.json.errors).toEqual({ stageNote: 'app.stage.refused.backNeedsNote' });
    expect(api.get('partnerships', later.id)).toEqual(later);
  });

  it('appends each change of stage to the history, with who and why, and marks activity', async () => {
    const p = api.create('partnerships', draft({ stage: 'proposal', lastActivityAt: '2026-01-10' }));
    const { json } = await callApi('PUT', `/partnerships/${p.id}`, { ...p, stage: 'exploring', stageNote: 'New council' });
    expect(json.stageHistory.map((c: { stage: string; note: string | null }) => [c.stage, c.note])).toEqual([
      ['proposal', null],
      ['exploring', 'New council'],
    ]);
    expect(json).toMatchObject({ version: 2, lastActivityAt: MOCK_TODAY });
    const same = await callApi('PUT', `/partnerships/${p.id}`, { ...json, notes: 'Just a note' });
    expect(same.json.stageHistory).toHaveLength(2);
  });

  it('ignores derived fields sent back by the client', async () => {
    const p = api.create('partnerships', draft());
    const { json } = await callApi('PUT', `/partnerships/${p.id}`, { ...p, africanCityName: 'Paris', region: 'Northern', stalled: true });
    expect(json).toMatchObject({ africanCityName: 'Testville', region: 'Western', stalled: false });
    expect(api.store.tables.partnerships.get(p.id)).not.toHaveProperty('africanCityName');
  });
});

const event = (partnershipIds: number[], startsAt: string) => ({
  type: 'virtual_meeting',
  title: 'Video call',
  startsAt,
  virtual: true,
  partnershipIds,
});

describe('events and the last activity of their partnerships', () => {
  it('moves lastActivityAt to a past event, not to a planned one, and back when the event goes', async () => {
    const p = api.create('partnerships', draft({ firstContactAt: '2025-12-01', lastActivityAt: '2026-01-10' }));
    const planned = await callApi('POST', '/events', event([p.id], '2027-02-01T10:00:00.000Z'));
    expect(api.get('partnerships', p.id)!.lastActivityAt).toBe('2026-01-10');
    const past = await callApi('POST', '/events', event([p.id], '2026-11-20T10:00:00.000Z'));
    expect(api.get('partnerships', p.id)).toMatchObject({ lastActivityAt: '2026-11-20', version: 1 });
    await callApi('PUT', `/events/${past.json.id}`, { ...past.json, startsAt: '2026-11-25T10:00:00.000Z' });
    expect(api.get('partnerships', p.id)!.lastActivityAt).toBe('2026-11-25');
    await callApi('DELETE', `/events/${past.json.id}`);
    expect(api.get('partnerships', p.id)!.lastActivityAt).toBe('2025-12-01');
    expect(planned.status).toBe(201);
  });

  it('no longer shows a partnership as stalled once an event is logged', async () => {
    const p = api.create('partnerships', draft({ lastActivityAt: '2026-01-10' }));
    expect(api.get('partnerships', p.id)!.stalled).toBe(true);
    await callApi('POST', '/events', event([p.id], `${MOCK_TODAY}T09:00:00.000Z`));
    expect((await callApi('GET', `/partnerships/${p.id}`)).json.stalled).toBe(false);
  });
});
