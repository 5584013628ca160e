// @vitest-environment node
/**
 * The partnership rules over HTTP: cities of each side, one open partnership per pair, stage
 * moves refused with their reason (and no history row) or appended to the history, and the
 * events that keep lastActivityAt. Each case states the answer it expects; whole records are
 * the dataset's, derived by the domain (withDerivedFields), changed as the case says.
 */
import { expect, it } from 'vitest';
import { withDerivedFields } from '../../src/domain';
import { describeContract } from './contract';
import { contractData, partnership, recordViews, seededSnapshot, TODAY } from './dataset';
import { comparable, shown, snapshot } from './requests';

/** An instant written during the case: `comparable` shows it as '<now>', as `shown` shows the answer's. */
const NOW = `${TODAY}T12:00:00.000Z`;
const invalid = (errors: Record<string, string>) => ({ status: 400, json: { message: 'app.error.invalid', errors } });

const draft = (overrides: Record<string, unknown> = {}) => ({
  africanCityId: 12,
  usCityId: 11,
  kind: 'sister',
  stage: 'interest',
  cohort: '500in5',
  ...overrides,
});

type Refusal = [what: string, id: number, change: Record<string, unknown>, errors: Record<string, string>];

const REFUSED_MOVES: Refusal[] = [
  ['a correction of a signed partnership back before signature without a note', 1, { stage: 'interest' }, { stageNote: 'app.stage.refused.backNeedsNote' }],
  ['a move back without a note', 2, { stage: 'interest' }, { stageNote: 'app.stage.refused.backNeedsNote' }],
  ['signing without a date', 3, { stage: 'signed' }, { signedAt: 'app.stage.refused.signedAt' }],
  ['reopening a closed partnership', 6, { stage: 'interest' }, { stage: 'app.stage.refused.terminal' }],
  ['dormant before signature', 3, { stage: 'dormant', signedAt: '2026-11-20' }, { stage: 'app.stage.refused.dormantFrom' }],
  ['ending before signature', 3, { stage: 'ended', signedAt: '2026-11-20' }, { stage: 'app.stage.refused.endedFrom' }],
  ['closing without a reason', 5, { stage: 'closed' }, { closedReason: 'app.stage.refused.closedReason' }],
  ['closing after signature', 8, { stage: 'closed', closedReason: 'Council changed' }, { stage: 'app.stage.refused.closedFrom' }],
  ['a correction from dormant to signed without a note', 7, { stage: 'signed' }, { stageNote: 'app.stage.refused.backNeedsNote' }],
];

const idsOf = (json: Array<{ id: number }>) => json.map((record) => record.id);

describeContract('partnerships', { data: contractData, reset: 'each' }, ({ api }) => {
  const data = contractData();
  const views = recordViews(data);
  const cityOf = (id: number) => data.cities.find((c) => c.id === id)!;
  const send = (method: string, path: string, body?: unknown) => api().request(method, path, body);
  const get = async (id: number) => (await api().request('GET', `/api/partnerships/${id}`)).json;
  /** A partnership of `body` created today by Marcus Ellison (staff, id 2), as the API shows it. */
  const createdAs = (id: number, body: ReturnType<typeof draft>) =>
    comparable(withDerivedFields(partnership({
      ...(body as Parameters<typeof partnership>[0]), id, ownerId: null, createdAt: NOW, updatedAt: NOW,
      stageHistory: [{ stage: 'interest', at: NOW, by: 2, byName: 'Marcus Ellison', note: null }],
    }), cityOf(body.africanCityId as number), cityOf(body.usCityId as number), TODAY));

  it.each([
    ['two African cities', draft({ usCityId: 1 }), { usCityId: 'app.validation.usCity' }],
    ['two US cities', draft({ africanCityId: 7 }), { africanCityId: 'app.validation.africanCity' }],
    ['the sides swapped', draft({ africanCityId: 11, usCityId: 12 }), { africanCityId: 'app.validation.africanCity', usCityId: 'app.validation.usCity' }],
    ['an unknown city', draft({ africanCityId: 999 }), { africanCityId: 'app.validation.unknownCity' }],
    ['a second open partnership of a pair', draft({ africanCityId: 1, usCityId: 7 }), { usCityId: 'app.validation.pairExists' }],
  ])('refuses %s with a field error, and writes nothing', async (_what, body, errors) => {
    const response = await send('POST', '/api/partnerships', body);
    expect(shown(response)).toEqual(invalid(errors));
    expect(await snapshot(api())).toEqual(seededSnapshot(data));
  });

  it('opens a partnership of a pair whose earlier partnership was closed', async () => {
    const body = draft({ africanCityId: 1, usCityId: 8 });
    const response = await send('POST', '/api/partnerships', body);
    expect(shown(response)).toEqual({ status: 201, json: createdAs(9, body) });
    expect(await get(6)).toEqual(views.partnerships.get(6));
  });

  it('refuses to move a partnership onto the pair of another open one', async () => {
    const response = await send('PUT', '/api/partnerships/3', { version: 1, africanCityId: 1, usCityId: 7 });
    expect(shown(response)).toEqual(invalid({ usCityId: 'app.validation.pairExists' }));
    expect(await get(3)).toEqual(views.partnerships.get(3));
  });

  it('frees the pair when a partnership is closed', async () => {
    const closed = await send('PUT', '/api/partnerships/5', { version: 1, stage: 'closed', closedReason: 'Lost touch' });
    expect(shown(closed)).toMatchObject({ status: 200, json: { stage: 'closed', closedReason: 'Lost touch', version: 2, stalled: false } });
    const body = draft({ africanCityId: 5, usCityId: 7 });
    expect(shown(await send('POST', '/api/partnerships', body))).toEqual({ status: 201, json: createdAs(9, body) });
  });

  it.each(REFUSED_MOVES)('refuses %s, says why, and adds no history row', async (_what, id, change, errors) => {
    const before = await get(id);
    expect(before).toEqual(views.partnerships.get(id));
    const response = await send('PUT', `/api/partnerships/${id}`, { ...before, ...change });
    expect(shown(response)).toEqual(invalid(errors));
    expect(await get(id)).toEqual(before);
  });

  it('appends an allowed move to the history, with who, when and why, and marks the activity', async () => {
    const response = await send('PUT', '/api/partnerships/3', { version: 1, stage: 'exploring', stageNote: 'Second call went well' });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ stage: 'exploring', version: 2, lastActivityAt: TODAY, stalled: false });
    expect(response.json).not.toHaveProperty('stageNote');
    expect(response.json.stageHistory).toEqual([
      expect.objectContaining({ stage: 'interest' }),
      { stage: 'exploring', at: expect.stringMatching(`^${TODAY}T`), by: 2, byName: 'Marcus Ellison', note: 'Second call went well' },
    ]);
    expect(await get(3)).toEqual(response.json);
  });

  it('lets a move back through with a note, and the partnership is no longer stalled', async () => {
    const response = await send('PUT', '/api/partnerships/2', { version: 1, stage: 'exploring', stageNote: 'New council, new proposal' });
    expect(response.json).toMatchObject({ stage: 'exploring', stalled: false, lastActivityAt: TODAY, version: 2 });
    expect(response.json.stageHistory).toEqual([
      views.partnerships.get(2)!.stageHistory[0],
      { stage: 'exploring', at: expect.stringMatching(`^${TODAY}T`), by: 2, byName: 'Marcus Ellison', note: 'New council, new proposal' },
    ]);
  });

  it('keeps each move: signed, dormant, back to active', async () => {
    await send('PUT', '/api/partnerships/8', { version: 1, stage: 'dormant' });
    const response = await send('PUT', '/api/partnerships/8', { version: 2, stage: 'active', stageNote: 'A new exchange' });
    expect(response.json.stageHistory.map((change: { stage: string }) => change.stage)).toEqual(['signed', 'dormant', 'active']);
  });

  it('adds no history row when the stage stays', async () => {
    const response = await send('PUT', '/api/partnerships/3', { version: 1, notes: 'Still talking' });
    expect(shown(response)).toEqual({ status: 200, json: comparable({ ...views.partnerships.get(3), notes: 'Still talking', version: 2, updatedAt: NOW }) });
  });

  it('never lets lastActivityAt fall behind a past event', async () => {
    const response = await send('PUT', '/api/partnerships/2', { version: 1, lastActivityAt: '2020-01-01' });
    expect(response.json.lastActivityAt).toBe('2026-05-01');
  });

  it('a past event marks the activity of its partnerships without changing their version', async () => {
    const event = { type: 'exchange', title: 'Lusaka trade visit', startsAt: '2026-11-20T10:00:00.000Z', partnershipIds: [5] };
    expect((await send('POST', '/api/events', event)).status).toBe(201);
    const p = await get(5);
    expect(p).toMatchObject({ lastActivityAt: '2026-11-20', version: 1, stalled: false, updatedAt: '2026-08-01T12:00:00.000Z' });
    const stalled = await send('GET', `/api/partnerships?filter=${encodeURIComponent('{"stalled":true}')}`);
    expect(idsOf(stalled.json)).toEqual([2]);
  });

  it('a planned event is no activity yet', async () => {
    await send('POST', '/api/events', { type: 'exchange', title: 'Trade visit', startsAt: '2027-01-10T10:00:00.000Z', partnershipIds: [5] });
    expect(await get(5)).toMatchObject({ lastActivityAt: '2026-08-01', stalled: true });
  });

  it('deleting the event that set the date falls back to what else is known', async () => {
    const created = await send('POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-11-20T10:00:00.000Z', partnershipIds: [5] });
    await send('DELETE', `/api/events/${created.json.id}`);
    // The last stage move, other past events, the first contact: here only the first contact.
    expect((await send('GET', '/api/partnerships/5')).json).toMatchObject({ lastActivityAt: '2025-11-02', version: 1 });
  });

  it('moving an event moves the activity date of its partnerships', async () => {
    await send('PUT', '/api/events/2', { version: 1, startsAt: '2026-11-15T14:00:00.000Z', endsAt: null });
    expect(await get(2)).toMatchObject({ lastActivityAt: '2026-11-15', stalled: false, version: 1 });
  });

  it('unlinking an event gives the partnership the date it had without it', async () => {
    await send('PUT', '/api/events/3', { version: 1, partnershipIds: [7] });
    expect((await send('GET', '/api/partnerships/3')).json.lastActivityAt).toBe('2026-09-20');
    expect((await get(7)).lastActivityAt).toBe('2026-11-01');
  });

  it('deleting a partnership takes it out of its events and programs', async () => {
    expect((await send('DELETE', '/api/partnerships/3')).status).toBe(200);
    expect((await send('GET', '/api/events/3')).json.partnershipIds).toEqual([7]);
    expect((await send('GET', '/api/programs/3')).json.partnershipIds).toEqual([2]);
    expect((await send('GET', '/api/partnerships/3')).status).toBe(404);
  });

  it('a change of city shows in its partnerships at once', async () => {
    await send('PUT', '/api/cities/7', { version: 1, name: 'Columbus Metro' });
    const response = await send('GET', `/api/partnerships?filter=${encodeURIComponent('{"cityId":7}')}`);
    expect(response.json.map((p: { usCityName: string }) => p.usCityName)).toEqual(['Columbus Metro', 'Columbus Metro']);
  });

  it('the regions of events and programs follow their partnerships’ cities', async () => {
    expect((await get(3)).region).toBe('Eastern');
    // Nairobi–Denver becomes Kumasi–Denver: Eastern becomes Western.
    expect((await send('PUT', '/api/partnerships/3', { version: 1, africanCityId: 12 })).json).toMatchObject({ region: 'Western', africanCityName: 'Kumasi' });
    expect((await send('GET', '/api/events/3')).json.regions).toEqual(['Western', 'Central']);
    expect((await send('GET', '/api/programs/3')).json.regions).toEqual(['Western']);
    // Ébolowa moves from Cameroon (Central) to Kenya (Eastern), and event 3 with it.
    expect((await send('PUT', '/api/cities/6', { version: 1, country: 'KE' })).json).toMatchObject({ region: 'Eastern' });
    expect((await send('GET', '/api/events/3')).json.regions).toEqual(['Western', 'Eastern']);
    expect((await get(7)).region).toBe('Eastern');
    const eastern = await send('GET', `/api/events?filter=${encodeURIComponent('{"regions":"Eastern"}')}`);
    expect(idsOf(eastern.json)).toEqual([3]);
    // No change of theirs: their versions stay.
    expect((await send('GET', '/api/events/3')).json.version).toBe(1);
  });

  it('refuses a change of side for a city in partnerships', async () => {
    const response = await send('PUT', '/api/cities/9', { version: 1, country: 'GH', admin1: null });
    expect(shown(response)).toEqual(invalid({ country: 'app.validation.sameSide' }));
    expect(await snapshot(api())).toEqual(seededSnapshot(data));
  });
});
