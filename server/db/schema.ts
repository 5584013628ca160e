import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Dates are ISO text (YYYY-MM-DD, timestamps in full ISO):
 * the same on SQLite and PostgreSQL, compared as text. Booleans are 0/1 on SQLite.
 */
type Bool = boolean | number;
/** A text field folded for search and sort (src/domain/text.ts): written with the field, never alone. */
type TextKey = string | null;

interface Meta {
  id: Generated<number>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserTable extends Meta {
  email: string;
  fullName: string;
  role: string;
  region: string | null;
  disabled: Bool;
  passwordHash: string | null;
  emailKey: TextKey;
  fullNameKey: TextKey;
  /** The user's own choice, 'light' or 'dark'; null follows the device (decision 036). */
  theme: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CityTable extends Meta {
  name: string;
  country: string;
  admin1: string | null;
  geonameId: number | null;
  lat: number | null;
  lng: number | null;
  side: string;
  region: string;
  population: number | null;
  populationYear: number | null;
  leaderTitle: string | null;
  leaderName: string | null;
  leaderTermEnds: string | null;
  /** JSON array of ISO 639-1 codes. */
  languages: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  sciMember: Bool;
  duesPaidThrough: string | null;
  notes: string | null;
  nameKey: TextKey;
  countryKey: TextKey;
  admin1Key: TextKey;
  leaderNameKey: TextKey;
  contactNameKey: TextKey;
}

export interface PartnershipTable extends Meta {
  africanCityId: number;
  usCityId: number;
  kind: string;
  stage: string;
  closedReason: string | null;
  cohort: string;
  ownerId: number | null;
  firstContactAt: string | null;
  signedAt: string | null;
  sciRecognizedAt: string | null;
  lastActivityAt: string | null;
  nextStep: string | null;
  nextStepDue: string | null;
  notes: string | null;
  /** JSON array, as read; the join table below is what filters use. */
  focusAreas: string;
  // Copied from the cities in the same write, so lists filter and sort without joins.
  region: string;
  usRegion: string;
  country: string;
  usState: string;
  africanCityName: string;
  usCityName: string;
  /** 1 until ended or closed: an open pair of cities is unique. */
  isOpen: Bool;
  /** The day after which the partnership counts as stalled (null: it cannot stall). */
  stalledAfter: string | null;
  africanCityNameKey: TextKey;
  usCityNameKey: TextKey;
  countryKey: TextKey;
  usStateKey: TextKey;
  nextStepKey: TextKey;
  notesKey: TextKey;
}

export interface PartnershipFocusAreaTable {
  partnershipId: number;
  focusArea: string;
  // Copies of the partnership's, kept by triggers, so the focus-area filter answers alone (decision 032).
  stage: Generated<string>;
  region: Generated<string>;
}

export interface StageHistoryTable {
  id: Generated<number>;
  partnershipId: number;
  stage: string;
  at: string;
  by: number | null;
  byName: string | null;
  note: string | null;
}

export interface EventTable extends Meta {
  type: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  cityId: number | null;
  virtual: Bool;
  focusArea: string | null;
  adults: number | null;
  youth: number | null;
  outcome: string | null;
  notes: string | null;
  titleKey: TextKey;
  outcomeKey: TextKey;
  notesKey: TextKey;
}

export interface EventPartnershipTable {
  eventId: number;
  partnershipId: number;
  /** Where the client listed it: lists come back in the order they were written. */
  position: Generated<number>;
}

export interface ProgramTable extends Meta {
  kind: string;
  title: string;
  cycleYear: number;
  status: string;
  focusArea: string | null;
  adults: number | null;
  youth: number | null;
  deadline: string | null;
  notes: string | null;
  titleKey: TextKey;
  notesKey: TextKey;
}

export interface ProgramPartnershipTable {
  programId: number;
  partnershipId: number;
  /** Where the client listed it: lists come back in the order they were written. */
  position: Generated<number>;
}

export interface ProgramCityTable {
  programId: number;
  cityId: number;
  /** Where the client listed it: lists come back in the order they were written. */
  position: Generated<number>;
}

export interface SettingsTable {
  id: number;
  startDate: string;
  years: number;
  target: number;
  /** JSON array of cumulative milestones. */
  milestones: string;
  forecastMonths: number;
  version: number;
}

/** One row: bumped by every write, so caches of aggregates know when they are stale. */
export interface RevisionTable {
  id: number;
  /** Moves with every write; the topics with the writes that change them (server/lib/revision.ts). */
  value: number;
  cities: Generated<number>;
  partnerships: Generated<number>;
  events: Generated<number>;
  programs: Generated<number>;
  inquiries: Generated<number>;
  access: Generated<number>;
}

/** A signed-in browser: the SHA-256 of its cookie's token, never the token. */
export interface SessionTable {
  tokenHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
}

/** Failed sign-ins under one key (`email:…` or `address:…`), to slow down guessing. */
export interface LoginFailureTable {
  key: string;
  failures: number;
  lastFailureAt: string;
  blockedUntil: string | null;
}

/** One create, update or delete: who, when, and each changed field as JSON {field: {before, after}}. */
export interface AuditTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  resource: string;
  recordId: number;
  changes: string;
  userNameKey: TextKey;
}

/** One counter of the progress figures: `key` is stage:…, year:…, area:… or city:… (see progressCounters). */
export interface ProgressCountTable {
  region: string;
  key: string;
  n: number;
}

/** Which settings the counters were built for (one row). */
export interface ProgressCountsStateTable {
  id: number;
  settingsKey: string;
}

/** What the goal counts of a partnership, before (-1) and after (+1) each change: written by triggers, folded by the write path. */
export interface ProgressJournalTable {
  id: Generated<number>;
  sign: number;
  cohort: string;
  stage: string;
  signedAt: string | null;
  region: string;
  africanCityId: number;
  focusAreas: string;
}

/** One import run (decision 017): its report as JSON; undone once `undoneAt` is set. */
export interface ImportTable {
  id: Generated<number>;
  resource: string;
  fileName: string;
  at: string;
  userId: number | null;
  userName: string | null;
  /** The last audit id before the import's own rows. */
  auditFrom: number | string;
  report: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** A record an import created or updated: its version right after, and (updates) the record before, as JSON. */
export interface ImportRecordTable {
  importId: number;
  position: number;
  resource: string;
  recordId: number;
  action: string;
  version: number;
  before: string | null;
}

export interface Database {
  users: UserTable;
  cities: CityTable;
  partnerships: PartnershipTable;
  partnershipFocusAreas: PartnershipFocusAreaTable;
  stageHistory: StageHistoryTable;
  events: EventTable;
  eventPartnerships: EventPartnershipTable;
  programs: ProgramTable;
  programPartnerships: ProgramPartnershipTable;
  programCities: ProgramCityTable;
  settings: SettingsTable;
  revision: RevisionTable;
  sessions: SessionTable;
  loginFailures: LoginFailureTable;
  audit: AuditTable;
  progressCounts: ProgressCountTable;
  progressCountsState: ProgressCountsStateTable;
  progressJournal: ProgressJournalTable;
  imports: ImportTable;
  importRecords: ImportRecordTable;
  savedViews: SavedViewTable;
  inquiries: InquiryTable;
  joinLimits: JoinLimitTable;
  serverSecrets: ServerSecretTable;
}

/** A sign-up from the public page (decision 039); `focusAreas` is a JSON array. */
export interface InquiryTable extends Meta {
  side: string;
  organisation: string;
  contactName: string;
  role: string | null;
  email: string;
  phone: string | null;
  geonameId: number | null;
  cityName: string;
  country: string;
  admin1: string | null;
  region: string;
  focusAreas: string;
  preferredRegion: string | null;
  preferredCity: string | null;
  message: string | null;
  locale: string;
  status: string;
  notes: string | null;
  cityId: number | null;
  partnershipId: number | null;
  convertedAt: string | null;
  /** The city as "the same city" compares it: `g:<geonameId>`, or the folded name and country. */
  cityKey: string;
  organisationKey: TextKey;
  contactNameKey: TextKey;
  emailKey: TextKey;
  cityNameKey: TextKey;
  countryKey: TextKey;
  notesKey: TextKey;
}

/** One rate-limit window of the public sign-up: `key` is `address:<hash>` or `all`. */
export interface JoinLimitTable {
  key: string;
  windowStart: string;
  count: number;
}

/** Keys the server signs with, made by a migration so that every instance shares them. */
export interface ServerSecretTable {
  name: string;
  value: string;
}

/** A user's saved view (decision 024): `filter` and `sort` as JSON; seen by the team once `shared`. */
export interface SavedViewTable extends Meta {
  ownerId: number;
  name: string;
  nameKey: TextKey;
  target: string;
  filter: string;
  sort: string | null;
  shared: Bool;
}
