// @vitest-environment node
/**
 * Create, update and delete on every resource, with the version check: a stale PUT or DELETE
 * is refused with 409 and changes nothing, a PUT without a version is a 400. Each answer must
 * equal the mock's (instants written during the test aside).
 */
import { expect, it } from 'vitest';
import type { ListResource } from '../../src/domain';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';
import { shown, snapshot } from './requests';

interface ResourceCase {
  resource: ListResource;
  /** A valid new record. */
  create: Record<string, unknown>;
  /** What the created record shows of it. */
  created: Record<string, unknown>;
  /** A seeded record (version 1) that may be changed and deleted. */
  id: number;
  change: Record<string, unknown>;
}

const RESOURCES: ResourceCase[] = [
  {
    resource: 'cities',
    create: { name: 'Tamale', country: 'GH', admin1: '06', population: 371_351, languages: ['en'] },
    created: { id: 13, side: 'africa', region: 'Western', sciMember: false, geonameId: null, notes: null },
    id: 12,
    change: { contactName: 'Kofi Boateng', population: 2_100_000 },
  },
  {
    resource: 'partnerships',
    create: { africanCityId: 12, usCityId: 11, kind: 'sister', stage: 'interest', cohort: '500in5', focusAreas: ['youth_education'], stageNote: 'Met at the summit' },
    created: {
      id: 9, africanCityName: 'Kumasi', usCityName: 'atlantic City', region: 'Western', usRegion: 'Northeast', country: 'GH', usState: 'NJ',
      stalled: false, lastActivityAt: null, signedAt: null,
      stageHistory: [{ stage: 'interest', at: expect.stringMatching(`^${TODAY}T`), by: 2, byName: 'Marcus Ellison', note: 'Met at the summit' }],
    },
    id: 3,
    change: { nextStep: 'Send the SCI partnership guide', nextStepDue: '2026-12-15', focusAreas: ['arts_culture', 'youth_education'] },
  },
  {
    resource: 'events',
    create: { type: 'exchange', title: 'Teachers visit', startsAt: '2026-12-05T10:00:00.000Z', cityId: 12, partnershipIds: [1, 1], adults: 5 },
    created: { id: 5, partnershipIds: [1], virtual: false, endsAt: null, youth: null },
    id: 4,
    change: { title: 'SCI annual conference 2027', youth: 40 },
  },
  {
    resource: 'programs',
    create: { kind: 'exchange', title: 'Teacher exchange', cycleYear: 2027, status: 'planned', partnershipIds: [1, 1], cityIds: [1, 7] },
    created: { id: 4, partnershipIds: [1], cityIds: [1, 7], focusArea: null, deadline: null },
    id: 2,
    change: { status: 'running', adults: 3 },
  },
];

describeContract('create, update, delete', { data: contractData, reset: 'each' }, ({ api, reference }) => {
  const both = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const [got, expected] = await Promise.all([api().request(method, path, body, headers), reference().request(method, path, body, headers)]);
    expect(shown(got)).toEqual(shown(expected));
    return got;
  };

  it.each(RESOURCES)('$resource: creates a record at version 1, as the mock does', async ({ resource, create, created }) => {
    const response = await both('POST', `/api/${resource}`, create);
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ ...created, version: 1, createdAt: expect.stringMatching(`^${TODAY}T`) });
    expect(response.json.updatedAt).toBe(response.json.createdAt);
    expect((await api().request('GET', `/api/${resource}/${response.json.id}`)).json).toEqual(response.json);
  });

  it.each(RESOURCES)('$resource: updates with the current version, which goes up by one', async ({ resource, id, change }) => {
    const response = await both('PUT', `/api/${resource}/${id}`, { version: 1, ...change });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ ...change, id, version: 2, updatedAt: expect.stringMatching(`^${TODAY}T`) });
    expect((await api().request('GET', `/api/${resource}/${id}`)).json).toEqual(response.json);
  });

  it.each(RESOURCES)('$resource: takes the whole record back, as ra-data-simple-rest sends it', async ({ resource, id, change }) => {
    const record = (await api().request('GET', `/api/${resource}/${id}`)).json;
    const response = await both('PUT', `/api/${resource}/${id}`, { ...record, ...change });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ ...record, ...change, version: 2, updatedAt: expect.stringMatching(`^${TODAY}T`) });
  });

  it.each(RESOURCES)('$resource: a stale PUT is a 409 and changes nothing', async ({ resource, id, change }) => {
    expect((await both('PUT', `/api/${resource}/${id}`, { version: 1, ...change })).status).toBe(200);
    const before = await snapshot(api());
    const stale = await both('PUT', `/api/${resource}/${id}`, { version: 1, notes: 'Written over a stale copy' });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ message: 'app.error.conflict' });
    expect(await snapshot(api())).toEqual(before);
  });

  it.each(RESOURCES)('$resource: a PUT without a version is a 400 and changes nothing', async ({ resource, id, change }) => {
    const before = await snapshot(api());
    const response = await both('PUT', `/api/${resource}/${id}`, change);
    expect(response.status).toBe(400);
    expect(response.json.errors).toEqual({ version: 'app.validation.required' });
    expect(await snapshot(api())).toEqual(before);
  });

  it.each(RESOURCES)('$resource: a DELETE with a stale If-Match is a 409 and deletes nothing', async ({ resource, id }) => {
    const before = await snapshot(api());
    const response = await both('DELETE', `/api/${resource}/${id}`, undefined, { 'If-Match': '"2"' });
    expect(response.status).toBe(409);
    expect(response.json).toEqual({ message: 'app.error.conflict' });
    expect(await snapshot(api())).toEqual(before);
  });

  it.each(RESOURCES)('$resource: DELETE with the current If-Match answers the record, then it is gone', async ({ resource, id }) => {
    const record = (await api().request('GET', `/api/${resource}/${id}`)).json;
    const response = await both('DELETE', `/api/${resource}/${id}`, undefined, { 'If-Match': '"1"' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual(record);
    expect((await api().request('GET', `/api/${resource}/${id}`)).status).toBe(404);
    expect((await api().request('DELETE', `/api/${resource}/${id}`)).status).toBe(404);
  });

  it.each(RESOURCES)('$resource: DELETE without If-Match (the unmodified client) deletes too', async ({ resource, id }) => {
    const response = await both('DELETE', `/api/${resource}/${id}`);
    expect(response.status).toBe(200);
    expect((await api().request('GET', `/api/${resource}/${id}`)).status).toBe(404);
  });

  it.each(RESOURCES)('$resource: a PUT ignores the meta fields in its body', async ({ resource, id }) => {
    const response = await both('PUT', `/api/${resource}/${id}`, { version: 1, id: 999, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id, version: 2, updatedAt: expect.stringMatching(`^${TODAY}T`) });
    expect(response.json.createdAt).not.toBe('2000-01-01T00:00:00.000Z');
    expect((await api().request('GET', `/api/${resource}/999`)).status).toBe(404);
  });

  it('a new record is found by the list filters', async () => {
    await both('POST', '/api/partnerships', RESOURCES[1]!.create);
    const path = `/api/partnerships?filter=${encodeURIComponent(JSON.stringify({ cityId: 12, focusAreas: 'youth_education', region: 'Western' }))}`;
    const response = await both('GET', path);
    expect(response.json.map((p: { id: number }) => p.id)).toEqual([9]);
  });

  it('an update is seen by the list filters and sorts at once', async () => {
    await both('PUT', '/api/partnerships/3', { version: 1, focusAreas: ['business_trade'] });
    const byFocus = await both('GET', `/api/partnerships?filter=${encodeURIComponent(JSON.stringify({ focusAreas: 'business_trade' }))}`);
    expect(byFocus.json.map((p: { id: number }) => p.id)).toEqual([3, 1, 5]);
    await both('PUT', '/api/cities/3', { version: 1, name: 'Mombasa' });
    const byName = await both('GET', `/api/partnerships?filter=${encodeURIComponent(JSON.stringify({ q: 'mombasa' }))}`);
    expect(byName.json).toEqual([expect.objectContaining({ id: 3, africanCityName: 'Mombasa' })]);
  });
});
