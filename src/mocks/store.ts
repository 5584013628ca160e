import type { AuRegion, City, ListResource, Partnership, Program, SciEvent, StoredPartnership, StoredRecord } from '../domain';
import type { GazetteerCity, SeedData, User } from '../domain/seed';
import { CITY_IMPORT_AT } from '../domain/seed/cities';
import type { AuditRow } from './audit';

/** Events and programs show the AU regions they touch: what a coordinator's rights are judged on. */
export type WithRegions<T> = T & { regions: AuRegion[] };

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
  events: WithRegions<SciEvent>;
  programs: WithRegions<Program>;
}

export type Tables = { [R in ListResource]: Map<number, StoredRecords[R]> };

/** A member of the team as the mock keeps them: versioned like every record; never a password. */
export type MockUser = User & StoredRecord;

/** The mock API's in-memory database. Plain data: the rules live in records.ts, users.ts and resources/. */
export interface MockStore {
  tables: Tables;
  users: MockUser[];
  /**
   * Passwords given through POST /api/users or changed since: kept apart from the users so
   * no answer can carry one. A user missing here signs in with the demo password.
   */
  passwords: Map<number, string>;
  /** The history of every write, oldest first. */
  audit: AuditRow[];
  gazetteer: readonly GazetteerCity[];
  /** Today's date (YYYY-MM-DD): fixed in tests, the real date in the browser. */
  today: () => string;
  /** Who is signed in (null: nobody): the actor of every request, recorded in stage histories and the audit. */
  actingUserId: number | null;
  /** Told of every sign-in and sign-out: the browser keeps the session across reloads. */
  onSessionChange?: (userId: number | null) => void;
}

const byId = <T extends { id: number }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));

/** The seed's users carry no meta: the team was there when the cities were imported (as the server seeds them). */
const versioned = (user: User | MockUser): MockUser => ({ version: 1, createdAt: CITY_IMPORT_AT, updatedAt: CITY_IMPORT_AT, ...user });

/**
 * A store over `data`, which it owns from now on (pass a copy to keep the original intact).
 * Nobody is signed in unless `signedInAs` names a user, as on the server.
 */
export function createStore({
  data,
  today,
  gazetteer = [],
  signedInAs = null,
  onSessionChange,
}: {
  data: SeedData;
  today: () => string;
  gazetteer?: readonly GazetteerCity[];
  signedInAs?: number | null;
  onSessionChange?: (userId: number | null) => void;
}): MockStore {
  return {
    tables: {
      cities: byId(data.cities),
      partnerships: byId(data.partnerships),
      events: byId(data.events),
      programs: byId(data.programs),
    },
    users: data.users.map(versioned),
    passwords: new Map(),
    audit: [],
    gazetteer,
    today,
    actingUserId: signedInAs,
    onSessionChange,
  };
}

/** An ISO timestamp on the store's today, at the current time of day. */
export const nowIn = (store: MockStore) => `${store.today()}T${new Date().toISOString().slice(11)}`;

export const nextId = (table: Map<number, unknown>) => Math.max(0, ...table.keys()) + 1;
