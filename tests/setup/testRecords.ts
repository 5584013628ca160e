/**
 * Records a component test owns, made through the API (tests/setup/mockApi.ts). City names are
 * invented so they cannot collide with the demo seed's real cities.
 */
import type { SeedData } from '../../src/domain/seed';
import type { MockApi } from './mockApi';

/** The only member of staff of emptyPipeline: the page and the fixtures act as her, so stage changes are recorded in her name. */
export const STAFF_NAME = 'Ama Mensah';

/**
 * A database holding nothing but one member of staff: each test adds the records it needs, so
 * what a page shows comes from the test itself (and pages render small and fast).
 */
export const emptyPipeline = (): SeedData => ({
  users: [{ id: 1, email: 'ama.mensah@example.org', fullName: STAFF_NAME, role: 'staff', region: null, disabled: false }],
  cities: [],
  partnerships: [],
  events: [],
  programs: [],
});

/** Two cities to pair: an African one (its name and country) and a US one (its name and state). */
export interface CityPair {
  african: string;
  us: string;
  country?: string;
  state?: string;
}

export async function createCities(api: MockApi, { african = 'Kalimbeza', us = 'Marlow Springs', country = 'ZM', state = 'OH' }: Partial<CityPair> = {}) {
  return {
    african: await api.create('cities', { name: african, country }),
    us: await api.create('cities', { name: us, country: 'US', admin1: state }),
  };
}

/** A partnership between two new cities (Kalimbeza, Zambia ↔ Marlow Springs, OH unless named). */
export async function createPartnership(api: MockApi, fields: Record<string, unknown> = {}, cities?: Partial<CityPair>) {
  const { african, us } = await createCities(api, cities);
  const partnership = await api.create('partnerships', {
    africanCityId: african.id,
    usCityId: us.id,
    kind: 'sister',
    cohort: '500in5',
    stage: 'exploring',
    firstContactAt: '2025-02-03',
    lastActivityAt: '2026-11-01',
    ...fields,
  });
  return { african, us, partnership };
}

/** Quokkaville (Ghana) ↔ Wombat Falls (IL), exploring since January: the events' and programs' partner. */
export const createTwinning = (api: MockApi) =>
  createPartnership(
    api,
    { firstContactAt: '2026-01-10', lastActivityAt: '2026-01-10' },
    { african: 'Quokkaville', us: 'Wombat Falls', country: 'GH', state: 'IL' },
  );

export const createEvent = (api: MockApi, fields: Record<string, unknown>) =>
  api.create('events', { type: 'delegation_visit', startsAt: '2026-05-04T14:00:00.000Z', virtual: false, ...fields });

export const createProgram = (api: MockApi, fields: Record<string, unknown>) =>
  api.create('programs', { kind: 'exchange', cycleYear: 2026, status: 'open', ...fields });
