// @vitest-environment node
/**
 * Lists, getMany and getOne on the hand-built data (tests/contract/dataset.ts): each case
 * states the ids it expects in order, and the whole answer must be those records as the
 * dataset shows them (recordViews: the domain's derived fields) with their Content-Range.
 * Text sorts and search ignore case and accents (decision 012; more in textSearch).
 */
import { expect, it } from 'vitest';
import { DIRECTORY_LIST_SPECS, type ListResource } from '../../src/domain';
import { describeContract } from './contract';
import { CONTRACT_GAZETTEER } from './backends';
import { contractData, partnershipViews, recordViews, userViews } from './dataset';
import { listOrder } from './order';
import { idsOf, list, listPath, shown, type ListParams } from './requests';

const LEADERSHIP = 11;

type ListCase = [what: string, resource: ListResource, params: ListParams, ids: number[]];

/** The cities by folded name: accra, atlanta, atlantic city, boston, cairo, columbus, denver, ebolowa, kumasi, lagos, lusaka, nairobi. */
const CITIES_BY_NAME = [1, 8, 11, 10, 4, 7, 9, 6, 12, 2, 5, 3];

const SORTS: ListCase[] = [
  ['cities by default: name, case and accents aside', 'cities', {}, CITIES_BY_NAME],
  ['cities by name ASC: “Ébolowa” among the E, “atlantic City” among the A', 'cities', { sort: ['name', 'ASC'] }, CITIES_BY_NAME],
  ['cities by name DESC', 'cities', { sort: ['name', 'DESC'] }, CITIES_BY_NAME.toReversed()],
  ['cities by population ASC, nulls last', 'cities', { sort: ['population', 'ASC'] }, [6, 8, 10, 9, 7, 5, 12, 1, 3, 2, 4, 11]],
  ['cities by population DESC, nulls last', 'cities', { sort: ['population', 'DESC'] }, [4, 2, 3, 1, 12, 5, 7, 9, 10, 8, 6, 11]],
  ['cities by leaderTermEnds ASC, nulls last, ties by id in the same direction', 'cities', { sort: ['leaderTermEnds', 'ASC'] }, [5, 1, 3, 2, 4, 6, 7, 8, 9, 10, 11, 12]],
  ['cities by leaderTermEnds DESC, nulls last, ties by id in the same direction', 'cities', { sort: ['leaderTermEnds', 'DESC'] }, [3, 1, 5, 12, 11, 10, 9, 8, 7, 6, 4, 2]],
  ['partnerships by default: updatedAt DESC, ties by id in the same direction', 'partnerships', {}, [7, 3, 1, 5, 2, 8, 4, 6]],
  ['partnerships by updatedAt ASC', 'partnerships', { sort: ['updatedAt', 'ASC'] }, [6, 4, 8, 2, 5, 1, 3, 7]],
  ['partnerships by signedAt ASC, nulls last', 'partnerships', { sort: ['signedAt', 'ASC'] }, [4, 7, 1, 8, 2, 3, 5, 6]],
  ['partnerships by signedAt DESC, nulls last', 'partnerships', { sort: ['signedAt', 'DESC'] }, [8, 1, 7, 4, 6, 5, 3, 2]],
  ['partnerships by africanCityName ASC, ties by id in the same direction', 'partnerships', { sort: ['africanCityName', 'ASC'] }, [1, 6, 4, 7, 2, 8, 5, 3]],
  ['partnerships by africanCityName DESC, ties by id in the same direction', 'partnerships', { sort: ['africanCityName', 'DESC'] }, [3, 5, 8, 2, 7, 4, 6, 1]],
  ['partnerships by stage ASC (as text)', 'partnerships', { sort: ['stage', 'ASC'] }, [1, 6, 7, 5, 3, 2, 4, 8]],
  ['events by default: startsAt DESC', 'events', {}, [4, 3, 2, 1]],
  ['events by title ASC', 'events', { sort: ['title', 'ASC'] }, [1, 3, 2, 4]],
  ['events by title DESC', 'events', { sort: ['title', 'DESC'] }, [4, 2, 3, 1]],
  ['events by adults ASC, nulls last', 'events', { sort: ['adults', 'ASC'] }, [2, 3, 1, 4]],
  ['events by adults DESC, nulls last', 'events', { sort: ['adults', 'DESC'] }, [1, 3, 2, 4]],
  ['programs by default: cycleYear DESC', 'programs', {}, [2, 1, 3]],
  ['programs by deadline ASC, nulls last', 'programs', { sort: ['deadline', 'ASC'] }, [1, 2, 3]],
  ['programs by deadline DESC, nulls last', 'programs', { sort: ['deadline', 'DESC'] }, [2, 1, 3]],
];

const FILTERS: ListCase[] = [
  ['q on a city name', 'cities', { filter: { q: 'col' } }, [7]],
  ['q on the country, any case', 'cities', { filter: { q: 'gh' } }, [1, 12]],
  ['q on the contact name', 'cities', { filter: { q: 'mvondo' } }, [6]],
  ['q finds “Ébolowa” as typed', 'cities', { filter: { q: 'Ébolowa' } }, [6]],
  ['q finds “Ébolowa” by a part in any case', 'cities', { filter: { q: 'bOLOWA' } }, [6]],
  // Decision 012: case and accents aside, on every backend alike.
  ['q finds “Ébolowa” with the accent in lower case', 'cities', { filter: { q: 'ébolowa' } }, [6]],
  ['q finds “Ébolowa” without its accent', 'cities', { filter: { q: 'EBOLOWA' } }, [6]],
  ['q that matches nothing', 'cities', { filter: { q: 'zanzibar' } }, []],
  ['eq on text', 'cities', { filter: { country: 'GH' } }, [1, 12]],
  ['eq on an enum', 'cities', { filter: { side: 'us' } }, [8, 11, 10, 7, 9]],
  ['any-of', 'cities', { filter: { region: ['Eastern', 'Southern'] } }, [5, 3]],
  ['eq on a boolean', 'cities', { filter: { sciMember: true } }, [8, 7]],
  ['eq on a boolean sent as text', 'cities', { filter: { sciMember: 'false' } }, [1, 11, 10, 4, 9, 6, 12, 2, 5, 3]],
  ['_gte and _lte on a number', 'cities', { filter: { population_gte: 2_000_000, population_lte: 5_000_000 } }, [1, 12, 3]],
  ['_gte on a date', 'cities', { filter: { leaderTermEnds_gte: '2027-01-01' } }, [1, 3]],
  ['_lte on a date includes that day', 'cities', { filter: { leaderTermEnds_lte: '2027-01-07' } }, [1, 5]],
  ['a many field: any of its values', 'cities', { filter: { languages: 'es' } }, [9]],
  ['a many field with any-of', 'cities', { filter: { languages: ['yo', 'sw'] } }, [2, 3]],
  ['an empty filter value is no filter', 'cities', { filter: { country: '' } }, CITIES_BY_NAME],
  ['partnerships by stage', 'partnerships', { filter: { stage: 'proposal' } }, [2]],
  ['partnerships by any of stages', 'partnerships', { filter: { stage: ['active', 'signed'] } }, [1, 8, 4]],
  ['partnerships by cityId: either side', 'partnerships', { filter: { cityId: 7 } }, [1, 5]],
  ['partnerships by cityId of an African city', 'partnerships', { filter: { cityId: 2 } }, [2, 8]],
  ['partnerships by any of cityIds', 'partnerships', { filter: { cityId: [9, 10] } }, [7, 3, 8, 4]],
  ['partnerships stalled', 'partnerships', { filter: { stalled: true } }, [5, 2]],
  ['partnerships not stalled', 'partnerships', { filter: { stalled: false } }, [7, 3, 1, 8, 4, 6]],
  ['partnerships by a focus area', 'partnerships', { filter: { focusAreas: 'arts_culture' } }, [7, 2]],
  ['partnerships by any of focus areas', 'partnerships', { filter: { focusAreas: ['business_trade', 'community_development'] } }, [1, 5, 4]],
  ['partnerships by AU region', 'partnerships', { filter: { region: 'Western' } }, [1, 2, 8, 6]],
  ['partnerships by US region', 'partnerships', { filter: { usRegion: 'West' } }, [7, 3]],
  ['partnerships signed since', 'partnerships', { filter: { signedAt_gte: '2024-01-01' } }, [1, 8]],
  ['partnerships signed until, that day included', 'partnerships', { filter: { signedAt_lte: '2023-09-01' } }, [7, 4]],
  ['partnerships quiet since', 'partnerships', { filter: { lastActivityAt_lte: '2026-05-01' } }, [2, 8, 4, 6]],
  ['partnerships q on notes', 'partnerships', { filter: { q: 'DIASPORA' } }, [2]],
  ['partnerships q on a city name', 'partnerships', { filter: { q: 'lagos' } }, [2, 8]],
  ['partnerships q on the next step', 'partnerships', { filter: { q: 'youth exchange' } }, [1]],
  ['partnerships by cohort', 'partnerships', { filter: { cohort: 'preexisting' } }, [4]],
  ['partnerships by owner', 'partnerships', { filter: { ownerId: 3 } }, [2]],
  ['partnerships: conditions combine', 'partnerships', { filter: { region: 'Western', stage: ['proposal', 'signed', 'closed'] } }, [2, 8, 6]],
  ['events by partnershipIds', 'events', { filter: { partnershipIds: 7 } }, [3]],
  ['events by any of partnershipIds', 'events', { filter: { partnershipIds: [1, 2] } }, [2, 1]],
  ['events until a day, that day included', 'events', { filter: { startsAt_lte: '2026-05-01' } }, [2, 1]],
  ['events from today', 'events', { filter: { startsAt_gte: '2026-11-28' } }, [4]],
  ['events by type', 'events', { filter: { type: 'virtual_meeting' } }, [2]],
  ['events virtual', 'events', { filter: { virtual: true } }, [2]],
  ['events by city', 'events', { filter: { cityId: 9 } }, [3]],
  ['events by a number range', 'events', { filter: { adults_gte: 10 } }, [3, 1]],
  ['events q on the outcome', 'events', { filter: { q: 'exchange' } }, [3]],
  // The regions an event touches (its city's, its partnerships'), never a US region.
  ['events by a region they touch', 'events', { filter: { regions: 'Eastern' } }, [3]],
  ['events by any of regions', 'events', { filter: { regions: ['Southern', 'Western'] } }, [2, 1]],
  ['programs by a region they touch', 'programs', { filter: { regions: 'Eastern' } }, [2, 3]],
  ['programs by any of regions', 'programs', { filter: { regions: ['Western', 'Central'] } }, [1, 3]],
  ['programs by cityIds', 'programs', { filter: { cityIds: 1 } }, [1]],
  ['programs by any of cityIds', 'programs', { filter: { cityIds: [3, 7] } }, [2, 1]],
  ['programs by partnershipIds', 'programs', { filter: { partnershipIds: 3 } }, [3]],
  ['programs by status', 'programs', { filter: { status: 'open' } }, [2]],
  ['programs by deadline', 'programs', { filter: { deadline_lte: '2026-12-31' } }, [1]],
  ['programs q on the title', 'programs', { filter: { q: 'summit' } }, [3]],
];

/** Content-Range of a whole list of `count` records, as the API writes it. */
const wholeRange = (resource: string, count: number) => (count > 0 ? `${resource} 0-${count - 1}/${count}` : `${resource} */0`);

describeContract('lists', { data: contractData, reset: 'once' }, ({ api }) => {
  const views = recordViews(contractData());
  const shownAs = (resource: ListResource, ids: number[]) => ids.map((id) => views[resource].get(id));

  it.each([...SORTS, ...FILTERS])('%s', async (_what, resource, params, ids) => {
    const response = await list(api(), resource, params);
    expect(response.status).toBe(200);
    expect(idsOf(response)).toEqual(ids);
    expect(response.json).toEqual(shownAs(resource, ids));
    expect(response.headers.get('Content-Range')).toBe(wholeRange(resource, ids.length));
  });

  it.each([
    [[0, 4], 'cities 0-4/12', CITIES_BY_NAME.slice(0, 5)],
    [[10, 14], 'cities 10-11/12', CITIES_BY_NAME.slice(10)],
    [[20, 24], 'cities */12', []],
  ] as const)('pages with range %j and says so in Content-Range', async (range, header, ids) => {
    const response = await list(api(), 'cities', { range: [...range] });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Range')).toBe(header);
    expect(response.json).toEqual(shownAs('cities', [...ids]));
  });

  it('pages the filtered total', async () => {
    const response = await list(api(), 'partnerships', { range: [1, 2], filter: { stalled: false } });
    expect(response.headers.get('Content-Range')).toBe('partnerships 1-2/6');
    expect(response.json).toEqual(shownAs('partnerships', [3, 1]));
  });

  it('getMany: every record named, without a range', async () => {
    const response = await api().request('GET', listPath('cities', { filter: { id: [3, 1, 2] } }));
    expect(response.status).toBe(200);
    expect(response.json).toEqual(shownAs('cities', [1, 2, 3]));
  });

  it('getMany of partnerships carries their derived fields', async () => {
    const response = await api().request('GET', listPath('partnerships', { filter: { id: [2, 5] } }));
    expect(idsOf(response)).toEqual([5, 2]);
    expect(response.json.map((p: { stalled: boolean }) => p.stalled)).toEqual([true, true]);
    expect(response.json).toEqual(shownAs('partnerships', [5, 2]));
  });

  it('getOne of each resource is the record as stored, with what it derives', async () => {
    const data = contractData();
    const partnership = partnershipViews(data).find((p) => p.id === 2);
    expect(partnership).toMatchObject({ africanCityName: 'Lagos', usCityName: 'Atlanta', region: 'Western', usRegion: 'South', country: 'NG', usState: 'GA', stalled: true });
    const expected: Array<[string, unknown]> = [
      ['/api/cities/6', data.cities.find((c) => c.id === 6)],
      ['/api/partnerships/2', partnership],
      // Events and programs show the AU regions they touch (decision 011), in AU order.
      ['/api/events/3', { ...data.events.find((e) => e.id === 3), regions: ['Central', 'Eastern'] }],
      ['/api/programs/1', { ...data.programs.find((p) => p.id === 1), regions: ['Western'] }],
    ];
    for (const [path, record] of expected) {
      const response = await api().request('GET', path);
      expect({ path, status: response.status, json: response.json }).toEqual({ path, status: 200, json: record });
    }
  });

  it('a whole list is every record as the dataset shows it, record for record', async () => {
    for (const resource of ['cities', 'partnerships', 'events', 'programs'] as const) {
      const response = await list(api(), resource, { sort: ['id', 'ASC'], range: [0, 999] });
      const all = [...views[resource].values()].sort((a, b) => a.id - b.id);
      expect({ resource, status: response.status, json: response.json }).toEqual({ resource, status: 200, json: all });
      expect(response.headers.get('Content-Range')).toBe(wholeRange(resource, all.length));
    }
  });

  it.each([
    ['an unknown id', '/api/cities/9999'],
    ['a non-numeric id', '/api/cities/abc'],
    ['id zero', '/api/partnerships/0'],
    ['a fractional id', '/api/events/1.5'],
    ['a negative id', '/api/programs/-1'],
    ['an id past 2^53', '/api/programs/99999999999999999999'],
  ])('404 for %s', async (_what, path) => {
    const response = await api().request('GET', path);
    expect(response.status).toBe(404);
    expect(response.json).toEqual({ message: 'ra.notification.item_doesnt_exist' });
  });

  it('GET /api/gazetteer finds real cities and flags those already in the app', async () => {
    const accra = await api().request('GET', '/api/gazetteer?q=acc&side=africa');
    expect(accra.status).toBe(200);
    // Accra is city 1 by its geonameId; Achiaman starts with “ac” but holds no “acc”.
    expect(accra.json).toEqual([{ ...CONTRACT_GAZETTEER[0], side: 'africa', region: 'Western', cityId: 1 }]);
    // Atlanta starts with “a”; the app's Atlanta came from no gazetteer entry, but it is the same city by name and state.
    const us = await api().request('GET', '/api/gazetteer?q=a&side=us');
    expect(us.json).toEqual([{ ...CONTRACT_GAZETTEER[4], side: 'us', region: 'South', cityId: 8 }]);
    // Both sides: the names that start with “a” first (Accra, Achiaman, Atlanta), then those with it inside, each in gazetteer order.
    const both = await api().request('GET', '/api/gazetteer?q=A');
    expect(both.json.map((c: { name: string }) => c.name)).toEqual(['Accra', 'Achiaman', 'Atlanta', 'Kumasi']);
    for (const blank of ['', '%20%20']) expect(shown(await api().request('GET', `/api/gazetteer?q=${blank}`))).toEqual({ status: 200, json: [] });
  });

  it('the team directory: every member for every signed-in user, by name, never a password', async () => {
    const team = userViews(contractData());
    const byName = team.toSorted(listOrder(DIRECTORY_LIST_SPECS.users, DIRECTORY_LIST_SPECS.users.defaultSort));
    const all = await list(api().as(LEADERSHIP), 'users');
    expect(shown(all)).toEqual({ status: 200, json: byName });
    expect(all.headers.get('Content-Range')).toBe('users 0-11/12');
    expect(JSON.stringify(all.json)).not.toMatch(/password|scrypt/i);
    const staffNamedEl = await list(api().as(LEADERSHIP), 'users', { filter: { role: 'staff', q: 'EL' } });
    expect(staffNamedEl.json.map((u: { fullName: string }) => u.fullName)).toEqual(['Daniel Okafor', 'Helen Castellanos', 'Marcus Ellison']);
    expect(idsOf(await list(api().as(LEADERSHIP), 'users', { filter: { id: [3, 2] } }))).toEqual([2, 3]);
    expect(shown(await api().as(LEADERSHIP).request('GET', '/api/users/7'))).toEqual({ status: 200, json: team.find((u) => u.id === 7) });
  });
});
