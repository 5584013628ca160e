import gazetteer from 'virtual:gazetteer';
import { toIsoDate } from '../domain';
import { generateSeed, type GazetteerCity, type SeedData } from '../domain/seed';
import { auditHandlers } from './handlers/audit';
import { authHandlers } from './handlers/auth';
import { gazetteerHandlers } from './handlers/gazetteer';
import { recordHandlers } from './handlers/records';
import { statsHandlers } from './handlers/stats';
import { userHandlers } from './handlers/users';
import { createStore, type MockStore } from './store';

export interface MockApiOptions {
  /** The data the store starts with (it owns it from then on); default: the demo seed as of today. */
  data?: SeedData;
  /** Today's date as YYYY-MM-DD; default: the real date. */
  today?: () => string;
  /** The cities GET /api/gazetteer looks through; default: the build-time gazetteer. */
  gazetteer?: readonly GazetteerCity[];
  /** The id of the user signed in from the start; default nobody (sign in with POST /api/auth/login). */
  signedInAs?: number | null;
  /** Told of every sign-in and sign-out. */
  onSessionChange?: (userId: number | null) => void;
}

/** The MSW handlers for a whole store, answering requests with `getStore()` of the moment. */
export function mockApiHandlers(getStore: () => MockStore) {
  // Fixed routes first: `/api/stats/progress` must not be read as a record of `stats`.
  return [
    ...authHandlers(getStore),
    ...statsHandlers(getStore),
    ...gazetteerHandlers(getStore),
    ...userHandlers(getStore),
    ...auditHandlers(getStore),
    ...recordHandlers(getStore),
  ];
}

/** The mock API: an in-memory store seeded with the demo pipeline, and the MSW handlers over it. */
export function createMockApi({ data, today = () => toIsoDate(new Date()), gazetteer: cities = gazetteer, signedInAs, onSessionChange }: MockApiOptions = {}) {
  const store = createStore({
    data: data ?? generateSeed({ gazetteer: cities, today: today() }),
    today,
    gazetteer: cities,
    signedInAs,
    onSessionChange,
  });
  return { store, handlers: mockApiHandlers(() => store) };
}
