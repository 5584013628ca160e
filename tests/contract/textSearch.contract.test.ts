// @vitest-environment node
/**
 * Text search (`q`) and text sorts ignore case and accents on every backend (decision 012):
 * "lome" finds Lomé, "sao tome" São Tomé, "segou" Ségou; Ébolowa sorts beside Ebute Metta,
 * not after Zanzibar. For every list that searches or sorts text — cities, partnerships (city
 * names, next step, notes), events (title, outcome, notes), programs (title, notes), the team
 * (fullName) and the audit log (userName) — in English and in French (a hyphen counts as a
 * space: "saint etienne" finds Saint-Étienne), on records seeded and on records written
 * through the API (the copies a partnership keeps of its cities follow a rename). Each case
 * states the ids it expects, and the records are the dataset's.
 */
import { expect, it } from 'vitest';
import { DIRECTORY_LIST_SPECS, LIST_SPECS, type ListResource } from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import { describeContract } from './contract';
import { city, contractData, event, partnership, program, recordViews, userViews } from './dataset';
import { listOrder, searchFinds } from './order';
import { idsOf, list, type ListParams } from './requests';

const ADMIN = 1;
const AISSATOU = 13;
const EMILE = 14;

/** The contract data with cities, partnerships, events, programs and people whose names carry accents, in English and in French. */
function accentedData(): SeedData {
  const data = contractData();
  data.cities.push(
    city({ id: 13, name: 'Lomé', country: 'TG', population: 837_437, languages: ['fr'], contactName: 'Séna Amégan' }),
    city({ id: 14, name: 'São Tomé', country: 'ST', population: 71_868, languages: ['pt'] }),
    city({ id: 15, name: 'Ségou', country: 'ML', population: 133_501, languages: ['fr'], leaderName: 'Nouhoum Diarra' }),
    city({ id: 16, name: 'Ebute Metta', country: 'NG', admin1: '05', languages: ['en', 'yo'] }),
    city({ id: 17, name: 'Zanzibar', country: 'TZ', population: 403_658, languages: ['sw'] }),
    city({ id: 18, name: 'San José', country: 'US', admin1: 'CA', population: 1_013_240, languages: ['en', 'es'] }),
  );
  data.partnerships.push(
    partnership({
      id: 9, africanCityId: 13, usCityId: 18, stage: 'exploring', firstContactAt: '2026-10-01', lastActivityAt: '2026-11-10',
      nextStep: 'Préparer la visite des maires', notes: 'Échange de délégations prévu en mars.', updatedAt: '2026-11-10T09:00:00.000Z',
    }),
    partnership({
      id: 10, africanCityId: 14, usCityId: 10, stage: 'interest', firstContactAt: '2026-10-15', lastActivityAt: '2026-11-12',
      nextStep: 'Send the proposal to the mayor’s office', notes: 'Café growers’ cooperative keen to join.', updatedAt: '2026-11-12T09:00:00.000Z',
    }),
    partnership({ id: 11, africanCityId: 15, usCityId: 9, stage: 'prospect', updatedAt: '2026-11-13T09:00:00.000Z' }),
    partnership({ id: 12, africanCityId: 16, usCityId: 7, stage: 'prospect', updatedAt: '2026-11-14T09:00:00.000Z' }),
    partnership({ id: 13, africanCityId: 17, usCityId: 11, stage: 'prospect', updatedAt: '2026-11-15T09:00:00.000Z' }),
  );
  data.events.push(
    event({
      id: 5, type: 'annual_conference', title: 'Réunion des maires à Saint-Étienne', startsAt: '2026-10-20T09:00:00.000Z', virtual: true,
      outcome: 'Accord de coopération signé.', notes: 'Échange de délégations entre Lomé et San José.',
    }),
    event({ id: 6, type: 'exchange', title: 'Ébolowa youth exchange', startsAt: '2026-09-15T09:00:00.000Z', partnershipIds: [7] }),
    event({ id: 7, type: 'delegation_visit', title: 'Ebute Metta trade visit', startsAt: '2026-08-15T09:00:00.000Z', partnershipIds: [12], outcome: 'A café cooperative was founded.' }),
  );
  data.programs.push(
    program({ id: 4, kind: 'exchange', title: 'Échanges scolaires Lomé–San José', cycleYear: 2027, status: 'planned', partnershipIds: [9], notes: 'Élèves de Lomé et de San José.' }),
    program({ id: 5, kind: 'young_artists_authors', title: 'Ebute Metta arts showcase', cycleYear: 2026, status: 'open', cityIds: [16], notes: 'A naïve art show; résumé to follow.' }),
  );
  data.users.push(
    { id: AISSATOU, email: 'aissatou.diallo@sistercities.example', fullName: 'Aïssatou Diallo', role: 'staff', region: null, disabled: false },
    { id: EMILE, email: 'emile.zongo@sistercities.example', fullName: 'Émile Zongo', role: 'staff', region: null, disabled: false },
  );
  return data;
}

type SearchCase = [q: string, resource: ListResource | 'users', ids: number[]];

const SEARCHES: SearchCase[] = [
  // Cities: the name, in any case, with or without its accents; the contact's name too.
  ['lome', 'cities', [13]],
  ['lomé', 'cities', [13]],
  ['LOMÉ', 'cities', [13]],
  ['LOME', 'cities', [13]],
  ['sao tome', 'cities', [14]],
  ['SÃO TOMÉ', 'cities', [14]],
  ['segou', 'cities', [15]],
  ['Ségou', 'cities', [15]],
  ['ebolowa', 'cities', [6]],
  ['san jose', 'cities', [18]],
  ['amegan', 'cities', [13]],
  // Partnerships: either city's name, the next step, the notes — English and French.
  ['lome', 'partnerships', [9]],
  ['SAN JOSE', 'partnerships', [9]],
  ['sao tome', 'partnerships', [10]],
  ['segou', 'partnerships', [11]],
  ['ÉBOLOWA', 'partnerships', [7]],
  ['preparer la visite', 'partnerships', [9]],
  ['echange', 'partnerships', [9]],
  ['DELEGATIONS PREVU', 'partnerships', [9]],
  ['mayor’s office', 'partnerships', [10]],
  ['cafe growers', 'partnerships', [10]],
  // A typed apostrophe finds a typographic one.
  ["growers' cooperative", 'partnerships', [10]],
  // Events: the title, the outcome, the notes.
  ['reunion des maires a saint-etienne', 'events', [5]],
  ['RÉUNION', 'events', [5]],
  // A hyphen is a space: “saint etienne” finds Saint-Étienne.
  ['saint etienne', 'events', [5]],
  ['SAINT-ÉTIENNE', 'events', [5]],
  ['accord de cooperation', 'events', [5]],
  ['echange de delegations', 'events', [5]],
  ['ebolowa', 'events', [6]],
  ['café', 'events', [7]],
  // Programs: the title, the notes.
  ['echanges scolaires', 'programs', [4]],
  ['lome–san jose', 'programs', [4]],
  ['eleves', 'programs', [4]],
  ['naive', 'programs', [5]],
  ['RESUME', 'programs', [5]],
  // The team: the full name.
  ['aissatou', 'users', [AISSATOU]],
  ['AÏSSATOU', 'users', [AISSATOU]],
  ['emile zongo', 'users', [EMILE]],
  ['Émile', 'users', [EMILE]],
];

type SortCase = [what: string, resource: ListResource | 'users', sort: ListParams['sort'], ids: number[]];

const SORTS: SortCase[] = [
  // accra, atlanta, atlantic city, boston, cairo, columbus, denver, ebolowa, ebute metta, kumasi, lagos, lome, lusaka, nairobi, san jose, sao tome, segou, zanzibar
  ['cities by name ASC: Ébolowa beside Ebute Metta, São Tomé beside San José', 'cities', ['name', 'ASC'], [1, 8, 11, 10, 4, 7, 9, 6, 16, 12, 2, 13, 5, 3, 18, 14, 15, 17]],
  ['cities by name DESC', 'cities', ['name', 'DESC'], [17, 15, 14, 18, 3, 5, 13, 2, 12, 16, 6, 9, 7, 4, 10, 11, 8, 1]],
  ['partnerships by africanCityName ASC: Ébolowa beside Ebute Metta', 'partnerships', ['africanCityName', 'ASC'], [1, 6, 4, 7, 12, 2, 8, 9, 5, 3, 10, 11, 13]],
  ['partnerships by africanCityName DESC', 'partnerships', ['africanCityName', 'DESC'], [13, 11, 10, 3, 5, 9, 8, 2, 12, 7, 4, 6, 1]],
  // atlanta, atlantic city, boston, columbus, denver, san jose
  ['partnerships by usCityName ASC: San José among the S', 'partnerships', ['usCityName', 'ASC'], [2, 6, 13, 4, 8, 10, 1, 5, 12, 3, 7, 11, 9]],
  ['events by title ASC: “Ébolowa youth exchange” beside “Ebute Metta trade visit”, “Réunion” before “SCI”', 'events', ['title', 'ASC'], [1, 3, 6, 7, 2, 5, 4]],
  ['events by title DESC', 'events', ['title', 'DESC'], [4, 5, 2, 7, 6, 3, 1]],
  ['programs by title ASC: “Échanges scolaires” beside “Ebute Metta”', 'programs', ['title', 'ASC'], [5, 4, 1, 2, 3]],
  ['programs by title DESC', 'programs', ['title', 'DESC'], [3, 2, 1, 4, 5]],
  // abena, ada, aissatou, daniel, emile, grace, helen, marcus, priya, robert, serge, thandi, wanjiru, youssef
  ['the team by fullName ASC: Aïssatou among the A, Émile among the E', 'users', ['fullName', 'ASC'], [7, 1, 13, 4, 14, 12, 5, 2, 3, 11, 8, 10, 9, 6]],
  ['the team by fullName DESC', 'users', ['fullName', 'DESC'], [6, 9, 10, 8, 11, 3, 2, 5, 12, 14, 4, 13, 1, 7]],
];

const namesOf = (response: { json: Array<{ userName: string }> }) => response.json.map((row) => row.userName);
const specOf = (resource: ListResource | 'users') => (resource === 'users' ? DIRECTORY_LIST_SPECS.users : LIST_SPECS[resource]);

describeContract('text search and sort, case and accents aside', { data: accentedData, reset: 'once' }, ({ api }) => {
  const data = accentedData();
  const views = { ...recordViews(data), users: new Map(userViews(data).map((user) => [user.id, user])) };

  it.each(SEARCHES)('q %j finds the %s %j', async (q, resource, ids) => {
    const response = await list(api(), resource, { filter: { q } });
    expect(response.status).toBe(200);
    expect(idsOf(response)).toEqual(ids);
    expect(response.json).toEqual(ids.map((id) => views[resource].get(id)));
  });

  it.each(SORTS)('%s', async (_what, resource, sort, ids) => {
    // The order stated is the contract's (./order.ts), computed from the data.
    const all: Array<{ id: number }> = [...views[resource].values()];
    expect(all.sort(listOrder(specOf(resource), { field: sort![0], order: sort![1] })).map((row) => row.id)).toEqual(ids);
    const response = await list(api(), resource, { sort });
    expect(response.status).toBe(200);
    expect(idsOf(response)).toEqual(ids);
    expect(response.json).toEqual(ids.map((id) => views[resource].get(id)));
  });

  it('search and sort together: the cities of “É”, by name', async () => {
    // Every city whose searched text holds an “e”, accented or not, in its name, country or people: Cairo (EG) and Nairobi (KE) too.
    const ids = [4, 9, 6, 16, 13, 3, 18, 14, 15];
    const expected = [...views.cities.values()].filter((c) => searchFinds(LIST_SPECS.cities, 'É', c)).sort(listOrder(LIST_SPECS.cities, { field: 'name', order: 'ASC' }));
    expect(expected.map((c) => c.id)).toEqual(ids);
    const response = await list(api(), 'cities', { filter: { q: 'É' }, sort: ['name', 'ASC'] });
    expect(response.json).toEqual(expected);
  });
});

describeContract('text search and sort after writes', { data: accentedData, reset: 'each' }, ({ api }) => {
  it('a city renamed through PUT is found by its new name, folded, in the cities and in its partnerships', async () => {
    // Lagos becomes Ọ̀yọ́ (Yoruba: dots below and tones), “oyo” folded.
    const renamed = await api().request('PUT', '/api/cities/2', { version: 1, name: 'Ọ̀yọ́' });
    expect(renamed.json).toMatchObject({ id: 2, name: 'Ọ̀yọ́', version: 2 });
    expect(idsOf(await list(api(), 'cities', { filter: { q: 'OYO' } }))).toEqual([2]);
    const partnerships = await list(api(), 'partnerships', { filter: { q: 'oyo' } });
    expect(partnerships.json.map((p: { id: number; africanCityName: string; version: number }) => [p.id, p.africanCityName, p.version])).toEqual([[2, 'Ọ̀yọ́', 1], [8, 'Ọ̀yọ́', 1]]);
    expect(idsOf(await list(api(), 'partnerships', { filter: { q: 'lagos' } }))).toEqual([]);
    // Lagos sorted between Ebute Metta and Lomé; oyo sorts between nairobi and sao tome.
    const sorted = await list(api(), 'partnerships', { sort: ['africanCityName', 'ASC'] });
    expect(idsOf(sorted)).toEqual([1, 6, 4, 7, 12, 9, 5, 3, 2, 8, 10, 11, 13]);
    const byUs = await api().request('PUT', '/api/cities/10', { version: 1, name: 'Bâton Rouge' });
    expect(byUs.status).toBe(200);
    expect(idsOf(await list(api(), 'partnerships', { filter: { q: 'baton rouge' } }))).toEqual([10, 8, 4]);
  });

  it('records written through the API are found and sorted by their folded text', async () => {
    const kedougou = await api().request('POST', '/api/cities', { name: 'Kédougou', country: 'SN', contactName: 'Aminata Sèye' });
    expect(kedougou.status).toBe(201);
    const created = await api().request('POST', '/api/partnerships', {
      africanCityId: kedougou.json.id, usCityId: 18, kind: 'friendship', stage: 'interest', cohort: '500in5', nextStep: 'Écrire au maire de Kédougou', notes: 'Jumelage proposé par l’école.',
    });
    expect(created.status).toBe(201);
    const visit = await api().request('POST', '/api/events', { type: 'delegation_visit', title: 'Visite à Kédougou', startsAt: '2026-12-10T09:00:00.000Z', partnershipIds: [created.json.id], notes: 'Délégation de Côte-d’Ivoire invitée.' });
    expect(visit.status).toBe(201);
    const school = await api().request('POST', '/api/programs', { kind: 'exchange', title: 'Écoles jumelées', cycleYear: 2027, status: 'planned', partnershipIds: [created.json.id], notes: 'Élèves de Kédougou.' });
    expect(school.status).toBe(201);

    expect(idsOf(await list(api(), 'cities', { filter: { q: 'kedougou' } }))).toEqual([kedougou.json.id]);
    expect(idsOf(await list(api(), 'cities', { filter: { q: 'SEYE' } }))).toEqual([kedougou.json.id]);
    expect(idsOf(await list(api(), 'partnerships', { filter: { q: 'ecrire au maire' } }))).toEqual([created.json.id]);
    expect(idsOf(await list(api(), 'partnerships', { filter: { q: "l'ecole" } }))).toEqual([created.json.id]);
    expect(idsOf(await list(api(), 'events', { filter: { q: 'visite a kedougou' } }))).toEqual([visit.json.id]);
    expect(idsOf(await list(api(), 'events', { filter: { q: "cote-d'ivoire" } }))).toEqual([visit.json.id]);
    expect(idsOf(await list(api(), 'events', { filter: { q: "COTE D'IVOIRE" } }))).toEqual([visit.json.id]);
    expect(idsOf(await list(api(), 'programs', { filter: { q: 'ecoles jumelees' } }))).toEqual([school.json.id]);
    // kedougou sorts between ebute metta and kumasi; ecoles jumelees after echanges scolaires, before j-1 homestay.
    expect(idsOf(await list(api(), 'cities', { sort: ['name', 'ASC'], range: [7, 10] }))).toEqual([6, 16, kedougou.json.id, 12]);
    expect(idsOf(await list(api(), 'programs', { sort: ['title', 'ASC'] }))).toEqual([5, 4, school.json.id, 1, 2, 3]);

    const changed = await api().request('PUT', `/api/events/${visit.json.id}`, { version: 1, title: 'Réunion à Kédougou' });
    expect(changed.status).toBe(200);
    expect(idsOf(await list(api(), 'events', { filter: { q: 'visite a kedougou' } }))).toEqual([]);
    expect(idsOf(await list(api(), 'events', { filter: { q: 'reunion a kedougou' } }))).toEqual([visit.json.id]);
  });

  it('the team and the audit log: found and sorted by a name with accents', async () => {
    const renamed = await api().as(ADMIN).request('PUT', '/api/users/4', { version: 1, email: 'daniel.okafor@sistercities.example', fullName: 'Dániel Ókafor', role: 'staff', region: null, disabled: false });
    expect(renamed.status).toBe(200);
    const found = await list(api(), 'users', { filter: { q: 'daniel okafor' } });
    expect(found.json.map((u: { id: number; fullName: string }) => [u.id, u.fullName])).toEqual([[4, 'Dániel Ókafor']]);

    // One change each by Marcus, Émile, Abena and Aïssatou, in that order.
    for (const [userId, cityId] of [[2, 12], [EMILE, 13], [7, 1], [AISSATOU, 14]] as const) {
      expect((await api().as(userId).request('PUT', `/api/cities/${cityId}`, { version: 1, notes: `Changed by ${userId}` })).status).toBe(200);
    }
    const log = (params: ListParams) => list(api().as(ADMIN), 'audit', params);
    expect(namesOf(await log({ filter: { q: 'aissatou' } }))).toEqual(['Aïssatou Diallo']);
    expect(namesOf(await log({ filter: { q: 'AÏSSATOU DIALLO' } }))).toEqual(['Aïssatou Diallo']);
    expect(namesOf(await log({ filter: { q: 'emile' } }))).toEqual(['Émile Zongo']);
    // The admin's renaming of Daniel is a row of the admin's.
    expect(namesOf(await log({ filter: { q: 'ADA' } }))).toEqual(['Ada Whitfield']);
    expect(namesOf(await log({ sort: ['userName', 'ASC'] }))).toEqual(['Abena Mensah', 'Ada Whitfield', 'Aïssatou Diallo', 'Émile Zongo', 'Marcus Ellison']);
    expect(namesOf(await log({ sort: ['userName', 'DESC'] }))).toEqual(['Marcus Ellison', 'Émile Zongo', 'Aïssatou Diallo', 'Ada Whitfield', 'Abena Mensah']);
  });
});
