import type { City, ListResource, Partnership, Program, SciEvent, StoredPartnership } from '../domain';
import type { GazetteerCity, SeedData, User } from '../domain/seed';

/** What each resource stores, and what the API shows of it. */
export interface StoredRecords {
  cities: City;
  partnerships: StoredPartnership;
  events: SciEvent;
  programs: Program;
}
export interface ApiRecords {
  cities: City;
  partnerships: Partnership;
  events: SciEvent;
  programs: Program;
}

export type Tables = { [R in ListResource]: Map<number, StoredRecords[R]> };

/** The mock API's in-memory database. Plain data: the rules live in records.ts and resources/. */
export interface MockStore {
  tables: Tables;
  users: User[];
  gazetteer: readonly GazetteerCity[];
  /** Today's date (YYYY-MM-DD): fixed in tests, the real date in the browser. */
  today: () => string;
  /** Who the mock pretends is signed in: recorded in stage histories. */
  actingUserId: number;
}

const byId = <T extends { id: number }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));

/** A store over `data`, which it owns from now on (pass a copy to keep the original intact). */
export function createStore({
  data,
  today,
  gazetteer = [],
}: {
  data: SeedData;
  today: () => string;
  gazetteer?: readonly GazetteerCity[];
}): MockStore {
  const staff = data.users.find((u) => u.role === 'staff') ?? data.users[0];
  return {
    tables: {
      cities: byId(data.cities),
      partnerships: byId(data.partnerships),
      events: byId(data.events),
      programs: byId(data.programs),
    },
    users: data.users,
    gazetteer,
    today,
    actingUserId: staff?.id ?? 1,
  };
}

/** An ISO timestamp on the store's today, at the current time of day. */
export const nowIn = (store: MockStore) => `${store.today()}T${new Date().toISOString().slice(11)}`;

export const nextId = (table: Map<number, unknown>) => Math.max(0, ...table.keys()) + 1;
