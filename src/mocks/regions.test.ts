import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';
import { createPartnership } from '../../tests/setup/testRecords';

const api = useMockApi();

const partnershipIn = (country: string) => createPartnership(api, {}, { african: `Testville ${country}`, country }).partnership;

describe('the regions of events and programs', () => {
  it('lists the AU regions of an event’s city and partnerships, in AU order, once each', async () => {
    const eastern = partnershipIn('KE');
    const northern = partnershipIn('MA');
    const accra = api.create('cities', { name: 'Testville', country: 'GH' });
    const body = { type: 'exchange', title: 'Visit', startsAt: '2026-12-01T10:00:00.000Z', cityId: accra.id, partnershipIds: [eastern.id, northern.id] };
    const { json } = await callApi('POST', '/events', { ...body, regions: ['Southern'] });
    expect(json.regions).toEqual(['Northern', 'Western', 'Eastern']);
    expect(api.store.tables.events.get(json.id)).not.toHaveProperty('regions');
    const usOnly = await callApi('POST', '/events', { ...body, cityId: eastern.usCityId, partnershipIds: [eastern.id, eastern.id] });
    expect(usOnly.json.regions).toEqual(['Eastern']);
    expect((await callApi('GET', `/events/${json.id}`)).json.regions).toEqual(['Northern', 'Western', 'Eastern']);
  });

  it('lists the AU regions of a program’s African cities and partnerships, never a US region', async () => {
    const southern = partnershipIn('ZA');
    const body = { kind: 'exchange', title: 'Exchange', cycleYear: 2026, status: 'open' };
    const { json } = await callApi('POST', '/programs', { ...body, cityIds: [southern.usCityId], partnershipIds: [] });
    expect(json.regions).toEqual([]);
    const linked = await callApi('PUT', `/programs/${json.id}`, { ...json, partnershipIds: [southern.id], regions: ['Western'] });
    expect(linked.json.regions).toEqual(['Southern']);
    const listed = (await callApi('GET', `/programs?filter=${encodeURIComponent(JSON.stringify({ id: [json.id] }))}`)).json;
    expect(listed[0].regions).toEqual(['Southern']);
  });

  it('follows the cities: a partnership moved to another African city moves its events', async () => {
    const { partnership } = createPartnership(api, {}, { country: 'GH' });
    const event = api.create('events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01T10:00:00.000Z', partnershipIds: [partnership.id] });
    expect(event.regions).toEqual(['Western']);
    const kenyan = api.create('cities', { name: 'Testville', country: 'KE' });
    api.update('partnerships', partnership.id, { africanCityId: kenyan.id });
    expect(api.get('events', event.id)!.regions).toEqual(['Eastern']);
  });

  it('shows on every event and program of the demo data', async () => {
    const events = (await callApi('GET', '/events?range=[0,999]')).json;
    expect(events.every((e: { regions: unknown }) => Array.isArray(e.regions))).toBe(true);
    expect(events.some((e: { regions: string[] }) => e.regions.length > 0)).toBe(true);
    const programs = (await callApi('GET', '/programs?range=[0,999]')).json;
    expect(programs.every((p: { regions: unknown }) => Array.isArray(p.regions))).toBe(true);
  });
});

describe('filtering events and programs by the regions they touch', () => {
  it('finds an event by its city’s region or a partnership’s, and a program likewise', async () => {
    const eastern = partnershipIn('KE');
    const accra = api.create('cities', { name: 'Testville', country: 'GH' });
    const event = api.create('events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01T10:00:00.000Z', cityId: accra.id, partnershipIds: [eastern.id] });
    const program = api.create('programs', { kind: 'exchange', title: 'Exchange', cycleYear: 2026, status: 'open', cityIds: [accra.id], partnershipIds: [] });
    const ids = async (resource: string, regions: unknown) =>
      ((await callApi('GET', `/${resource}?filter=${encodeURIComponent(JSON.stringify({ regions }))}&range=[0,999]`)).json as Array<{ id: number }>).map((r) => r.id);
    expect(await ids('events', 'Eastern')).toContain(event.id);
    expect(await ids('events', ['Southern', 'Western'])).toContain(event.id);
    expect(await ids('events', 'Southern')).not.toContain(event.id);
    expect(await ids('programs', 'Western')).toContain(program.id);
    expect(await ids('programs', 'Eastern')).not.toContain(program.id);
  });
});
