// @vitest-environment node
/**
 * Create, update and delete on every resource, with the version check: a stale PUT or DELETE
 * is refused with 409 and changes nothing, a PUT without a version is a 400. Each answer is
 * stated whole: the record as the dataset shows it (tests/contract/dataset.ts), changed as
 * the case says, instants written today as '<now>'.
 */
import { expect, it } from 'vitest';
import { withDerivedFields, type ListResource } from '../../src/domain';
import { describeContract } from './contract';
import { city, contractData, event, partnership, program, recordViews, TODAY } from './dataset';
import { comparable, shown, snapshot } from './requests';

/** An instant written during the case: `comparable` shows it as '<now>', as `shown` shows the answer's. */
const NOW = `${TODAY}T12:00:00.000Z`;
const CONFLICT = { status: 409, json: { message: 'app.error.conflict' } };

interface ResourceCase {
  resource: ListResource;
  /** A valid new record. */
  create: Record<string, unknown>;
  /** The created record as the API shows it. */
  created: () => object;
  /** A seeded record (version 1) that may be changed and deleted. */
  id: number;
  change: Record<string, unknown>;
}

const seeded = contractData();
const cityOf = (id: number) => seeded.cities.find((c) => c.id === id)!;

const RESOURCES: ResourceCase[] = [
  {
    resource: 'cities',
    create: { name: 'Tamale', country: 'GH', admin1: '06', population: 371_351, languages: ['en'] },
    created: () => city({ id: 13, name: 'Tamale', country: 'GH', admin1: '06', population: 371_351, languages: ['en'], createdAt: NOW, updatedAt: NOW }),
    id: 12,
    change: { contactName: 'Kofi Boateng', population: 2_100_000 },
  },
  {
    resource: 'partnerships',
    create: { africanCityId: 12, usCityId: 11, kind: 'sister', stage: 'interest', cohort: '500in5', focusAreas: ['youth_education'], stageNote: 'Met at the summit' },
    created: () => {
      const stored = partnership({
        id: 9, africanCityId: 12, usCityId: 11, stage: 'interest', focusAreas: ['youth_education'], ownerId: null, createdAt: NOW, updatedAt: NOW,
        stageHistory: [{ stage: 'interest', at: NOW, by: 2, byName: 'Marcus Ellison', note: 'Met at the summit' }],
      });
      const shownAs = withDerivedFields(stored, cityOf(12), cityOf(11), TODAY);
      expect(shownAs).toMatchObject({ africanCityName: 'Kumasi', usCityName: 'atlantic City', region: 'Western', usRegion: 'Northeast', country: 'GH', usState: 'NJ', stalled: false });
      return shownAs;
    },
    id: 3,
    change: { nextStep: 'Send the SCI partnership guide', nextStepDue: '2026-12-15', focusAreas: ['arts_culture', 'youth_education'] },
  },
  {
    resource: 'events',
    create: { type: 'exchange', title: 'Teachers visit', startsAt: '2026-12-05T10:00:00.000Z', cityId: 12, partnershipIds: [1, 1], adults: 5 },
    // Kumasi and the Accra–Columbus partnership are both Western.
    created: () => ({ ...event({ id: 5, type: 'exchange', title: 'Teachers visit', startsAt: '2026-12-05T10:00:00.000Z', cityId: 12, partnershipIds: [1], adults: 5, createdAt: NOW, updatedAt: NOW }), regions: ['Western'] }),
    id: 4,
    change: { title: 'SCI annual conference 2027', youth: 40 },
  },
  {
    resource: 'programs',
    create: { kind: 'exchange', title: 'Teacher exchange', cycleYear: 2027, status: 'planned', partnershipIds: [1, 1], cityIds: [1, 7] },
    created: () => ({ ...program({ id: 4, kind: 'exchange', title: 'Teacher exchange', cycleYear: 2027, status: 'planned', partnershipIds: [1], cityIds: [1, 7], createdAt: NOW, updatedAt: NOW }), regions: ['Western'] }),
    id: 2,
    change: { status: 'running', adults: 3 },
  },
];

describeContract('create, update, delete', { data: contractData, reset: 'each' }, ({ api }) => {
  const views = recordViews(contractData());
  /** The seeded record as the API shows it, with `change` laid over it and written today at version 2. */
  const changed = (resource: ListResource, id: number, change: Record<string, unknown>) => comparable({ ...views[resource].get(id), ...change, version: 2, updatedAt: NOW });

  it.each(RESOURCES)('$resource: creates a record at version 1, shown whole', async ({ resource, create, created }) => {
    const response = await api().request('POST', `/api/${resource}`, create);
    expect(shown(response)).toEqual({ status: 201, json: comparable(created()) });
    expect(response.json.updatedAt).toBe(response.json.createdAt);
    expect((await api().request('GET', `/api/${resource}/${response.json.id}`)).json).toEqual(response.json);
  });

  it.each(RESOURCES)('$resource: updates with the current version, which goes up by one', async ({ resource, id, change }) => {
    const response = await api().request('PUT', `/api/${resource}/${id}`, { version: 1, ...change });
    expect(shown(response)).toEqual({ status: 200, json: changed(resource, id, change) });
    expect((await api().request('GET', `/api/${resource}/${id}`)).json).toEqual(response.json);
  });

  it.each(RESOURCES)('$resource: takes the whole record back, as ra-data-simple-rest sends it', async ({ resource, id, change }) => {
    const record = (await api().request('GET', `/api/${resource}/${id}`)).json;
    expect(record).toEqual(views[resource].get(id));
    const response = await api().request('PUT', `/api/${resource}/${id}`, { ...record, ...change });
    expect(shown(response)).toEqual({ status: 200, json: changed(resource, id, change) });
  });

  it.each(RESOURCES)('$resource: a stale PUT is a 409 and changes nothing', async ({ resource, id, change }) => {
    expect((await api().request('PUT', `/api/${resource}/${id}`, { version: 1, ...change })).status).toBe(200);
    const before = await snapshot(api());
    const stale = await api().request('PUT', `/api/${resource}/${id}`, { version: 1, notes: 'Written over a stale copy' });
    expect(shown(stale)).toEqual(CONFLICT);
    expect(await snapshot(api())).toEqual(before);
  });

  it.each(RESOURCES)('$resource: a PUT without a version is a 400 and changes nothing', async ({ resource, id, change }) => {
    const before = await snapshot(api());
    const response = await api().request('PUT', `/api/${resource}/${id}`, change);
    expect(shown(response)).toEqual({ status: 400, json: { message: 'app.error.invalid', errors: { version: 'app.validation.required' } } });
    expect(await snapshot(api())).toEqual(before);
  });

  it.each(RESOURCES)('$resource: a DELETE with a stale If-Match is a 409 and deletes nothing', async ({ resource, id }) => {
    const before = await snapshot(api());
    const response = await api().request('DELETE', `/api/${resource}/${id}`, undefined, { 'If-Match': '"2"' });
    expect(shown(response)).toEqual(CONFLICT);
    expect(await snapshot(api())).toEqual(before);
  });

  it.each(RESOURCES)('$resource: DELETE with the current If-Match answers the record, then it is gone', async ({ resource, id }) => {
    const response = await api().request('DELETE', `/api/${resource}/${id}`, undefined, { 'If-Match': '"1"' });
    expect(shown(response)).toEqual({ status: 200, json: views[resource].get(id) });
    expect((await api().request('GET', `/api/${resource}/${id}`)).status).toBe(404);
    expect((await api().request('DELETE', `/api/${resource}/${id}`)).status).toBe(404);
  });

  it.each(RESOURCES)('$resource: DELETE without If-Match (the unmodified client) deletes too', async ({ resource, id }) => {
    const response = await api().request('DELETE', `/api/${resource}/${id}`);
    expect(shown(response)).toEqual({ status: 200, json: views[resource].get(id) });
    expect((await api().request('GET', `/api/${resource}/${id}`)).status).toBe(404);
  });

  it.each(RESOURCES)('$resource: a PUT ignores the meta fields in its body', async ({ resource, id }) => {
    const response = await api().request('PUT', `/api/${resource}/${id}`, { version: 1, id: 999, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' });
    expect(shown(response)).toEqual({ status: 200, json: changed(resource, id, {}) });
    expect((await api().request('GET', `/api/${resource}/999`)).status).toBe(404);
  });

  it('the gazetteer flags a city of the app while it exists, and not once it is deleted', async () => {
    const achiamanOfTheGazetteer = '/api/gazetteer?q=achiaman&side=africa';
    expect((await api().request('GET', achiamanOfTheGazetteer)).json).toEqual([expect.objectContaining({ geonameId: 2306079, cityId: null })]);
    const created = await api().request('POST', '/api/cities', { name: 'Achiaman', country: 'GH', admin1: '07', geonameId: 2306079 });
    expect(created.json).toMatchObject({ id: 13, geonameId: 2306079 });
    expect((await api().request('GET', achiamanOfTheGazetteer)).json).toEqual([expect.objectContaining({ geonameId: 2306079, cityId: 13 })]);
    expect((await api().request('DELETE', '/api/cities/13')).status).toBe(200);
    expect((await api().request('GET', achiamanOfTheGazetteer)).json).toEqual([expect.objectContaining({ geonameId: 2306079, cityId: null })]);
  });

  it('the gazetteer flags a city the app recorded by hand, by its name and country', async () => {
    expect((await api().request('GET', '/api/gazetteer?q=kumasi&side=africa')).json).toEqual([expect.objectContaining({ geonameId: 2298890, cityId: 12 })]);
  });

  it('a new record is found by the list filters', async () => {
    expect((await api().request('POST', '/api/partnerships', RESOURCES[1]!.create)).status).toBe(201);
    const path = `/api/partnerships?filter=${encodeURIComponent(JSON.stringify({ cityId: 12, focusAreas: 'youth_education', region: 'Western' }))}`;
    const response = await api().request('GET', path);
    expect(response.json.map((p: { id: number }) => p.id)).toEqual([9]);
  });

  it('an update is seen by the list filters and sorts at once', async () => {
    expect((await api().request('PUT', '/api/partnerships/3', { version: 1, focusAreas: ['business_trade'] })).status).toBe(200);
    const byFocus = await api().request('GET', `/api/partnerships?filter=${encodeURIComponent(JSON.stringify({ focusAreas: 'business_trade' }))}`);
    expect(byFocus.json.map((p: { id: number }) => p.id)).toEqual([3, 1, 5]);
    expect((await api().request('PUT', '/api/cities/3', { version: 1, name: 'Kisumu' })).status).toBe(200);
    const byName = await api().request('GET', `/api/partnerships?filter=${encodeURIComponent(JSON.stringify({ q: 'kisumu' }))}`);
    expect(byName.json).toEqual([expect.objectContaining({ id: 3, africanCityName: 'Kisumu' })]);
    const sorted = await api().request('GET', `/api/partnerships?sort=${encodeURIComponent('["africanCityName","DESC"]')}`);
    // Nairobi sorted first; Kisumu sorts between Lagos and Ébolowa.
    expect(sorted.json.map((p: { id: number }) => p.id)).toEqual([5, 8, 2, 3, 7, 4, 6, 1]);
  });
});
