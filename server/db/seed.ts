import { sql, type Insertable } from 'kysely';
import {
  DIRECTORY_LIST_SPECS,
  foldText,
  LIST_SPECS,
  textKeysOf,
  type City,
  type Inquiry,
  type Program,
  type SciEvent,
  type StoredPartnership,
} from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import { CITY_IMPORT_AT } from '../../src/domain/seed/cities';
import { rebuildCountersIn } from '../lib/progressCounters';
import { bumpRevision } from '../lib/revision';
import { readSettings } from '../lib/settings';
import { derivedColumns } from '../resources/partnerships/rows';
import { writeTransaction, type DatabaseHandle, type DbOrTx } from './database';
import type { Database } from './schema';

type Handle = Pick<DatabaseHandle, 'db' | 'dialect'>;

/** True when the database holds no records at all: the first start of a fresh install. */
export async function isEmpty(db: DbOrTx): Promise<boolean> {
  const tables = ['users', 'cities', 'partnerships', 'events', 'programs'] as const;
  const found = await Promise.all(tables.map((table) => db.selectFrom(table).select('id').limit(1).executeTakeFirst()));
  return found.every((row) => row === undefined);
}

/**
 * Inserts the demo data (src/domain/seed) with its ids, in one transaction: the users, cities,
 * partnerships (with what they copy from their cities, focus areas and stage history), events
 * and programs with their links. A bulk load, not a change anyone made: no audit rows, and
 * the progress counters are counted afresh. The seeded team has no password on a server; the
 * mock mode and the tests give them `passwordHash` (of DEMO_PASSWORD).
 */
export async function seedDatabase(handle: Handle, data: SeedData, { passwordHash = null }: { passwordHash?: string | null } = {}): Promise<void> {
  const cities = new Map(data.cities.map((city) => [city.id, city]));
  const { partnerships, events, programs } = data;
  await writeTransaction(handle, async (tx) => {
    await insertInBatches(tx, 'users', data.users.map((user) => userRow(user, passwordHash)));
    await insertInBatches(tx, 'cities', data.cities.map(cityRow));
    await insertInBatches(tx, 'partnerships', partnerships.map((p) => partnershipRow(p, cities)));
    // One row per area, even when a partnership lists an area twice.
    await insertInBatches(tx, 'partnershipFocusAreas', partnerships.flatMap((p) => [...new Set(p.focusAreas)].map((focusArea) => ({ partnershipId: p.id, focusArea }))));
    await insertInBatches(tx, 'stageHistory', partnerships.flatMap((p) => p.stageHistory.map((change) => ({ partnershipId: p.id, ...change, byName: change.byName ?? null }))));
    await insertInBatches(tx, 'events', events.map(eventRow));
    await insertInBatches(tx, 'eventPartnerships', events.flatMap((e) => e.partnershipIds.map((partnershipId, position) => ({ eventId: e.id, partnershipId, position }))));
    await insertInBatches(tx, 'programs', programs.map(programRow));
    await insertInBatches(tx, 'programPartnerships', programs.flatMap((p) => p.partnershipIds.map((partnershipId, position) => ({ programId: p.id, partnershipId, position }))));
    await insertInBatches(tx, 'programCities', programs.flatMap((p) => p.cityIds.map((cityId, position) => ({ programId: p.id, cityId, position }))));
    await insertInBatches(tx, 'inquiries', (data.inquiries ?? []).map(inquiryRow));
    if (handle.dialect === 'postgres') await moveSequencesPastIds(tx);
    await rebuildCountersIn(tx, await readSettings(tx));
    await bumpRevision(tx);
  });
}

/** Well under SQLite's limit of bound parameters (32,766) and PostgreSQL's (65,535). */
const PARAMETERS_PER_STATEMENT = 10_000;

/** Multi-row INSERTs of as many rows as the parameter budget allows. Every row must have the same columns. */
async function insertInBatches<T extends keyof Database & string>(tx: DbOrTx, table: T, rows: ReadonlyArray<Insertable<Database[T]>>) {
  if (rows.length === 0) return;
  const perBatch = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += perBatch) {
    await tx.insertInto(table).values(rows.slice(start, start + perBatch) as never).execute();
  }
}

// The rows below write every optional field, as null when the seed leaves it out.

function userRow(user: SeedData['users'][number], passwordHash: string | null) {
  // The team was there when the cities were imported, before the launch.
  const keys = textKeysOf(DIRECTORY_LIST_SPECS.users, user);
  return { ...user, ...keys, disabled: user.disabled ? 1 : 0, passwordHash, version: 1, createdAt: CITY_IMPORT_AT, updatedAt: CITY_IMPORT_AT };
}

function cityRow(city: City) {
  const row = {
    ...city,
    admin1: city.admin1 ?? null,
    geonameId: city.geonameId ?? null,
    lat: city.lat ?? null,
    lng: city.lng ?? null,
    population: city.population ?? null,
    populationYear: city.populationYear ?? null,
    leaderTitle: city.leaderTitle ?? null,
    leaderName: city.leaderName ?? null,
    leaderTermEnds: city.leaderTermEnds ?? null,
    contactName: city.contactName ?? null,
    contactEmail: city.contactEmail ?? null,
    contactPhone: city.contactPhone ?? null,
    website: city.website ?? null,
    duesPaidThrough: city.duesPaidThrough ?? null,
    notes: city.notes ?? null,
    languages: JSON.stringify(city.languages),
    sciMember: city.sciMember ? 1 : 0,
  };
  return { ...row, ...textKeysOf(LIST_SPECS.cities, row) };
}

function partnershipRow({ stageHistory: _history, ...p }: StoredPartnership, cities: ReadonlyMap<number, City>) {
  const african = cities.get(p.africanCityId);
  const us = cities.get(p.usCityId);
  if (!african || !us) throw new Error(`Seed partnership ${p.id} names a city the seed does not hold`);
  const optional = {
    closedReason: p.closedReason ?? null,
    ownerId: p.ownerId ?? null,
    firstContactAt: p.firstContactAt ?? null,
    signedAt: p.signedAt ?? null,
    sciRecognizedAt: p.sciRecognizedAt ?? null,
    lastActivityAt: p.lastActivityAt ?? null,
    nextStep: p.nextStep ?? null,
    nextStepDue: p.nextStepDue ?? null,
    notes: p.notes ?? null,
  };
  return { ...p, ...optional, ...derivedColumns({ ...p, ...optional }, african, us) };
}

function eventRow({ partnershipIds: _links, ...event }: SciEvent) {
  const row = {
    ...event,
    endsAt: event.endsAt ?? null,
    cityId: event.cityId ?? null,
    virtual: event.virtual ? 1 : 0,
    focusArea: event.focusArea ?? null,
    adults: event.adults ?? null,
    youth: event.youth ?? null,
    outcome: event.outcome ?? null,
    notes: event.notes ?? null,
  };
  return { ...row, ...textKeysOf(LIST_SPECS.events, row) };
}

function programRow({ partnershipIds: _partnerships, cityIds: _cities, ...program }: Program) {
  const row = {
    ...program,
    focusArea: program.focusArea ?? null,
    adults: program.adults ?? null,
    youth: program.youth ?? null,
    deadline: program.deadline ?? null,
    notes: program.notes ?? null,
  };
  return { ...row, ...textKeysOf(LIST_SPECS.programs, row) };
}

function inquiryRow(inquiry: Inquiry) {
  const row = { ...inquiry, focusAreas: JSON.stringify(inquiry.focusAreas) };
  // "The same city" as the sign-up tells it (server/resources/join/repository.ts): the gazetteer's, or the folded name.
  const cityKey = inquiry.geonameId ? `g:${inquiry.geonameId}` : `t:${foldText(inquiry.cityName)}|${inquiry.country}`;
  return { ...row, ...textKeysOf(DIRECTORY_LIST_SPECS.inquiries, row), cityKey };
}

/** Rows were inserted with their ids: PostgreSQL's sequences must continue after them. */
async function moveSequencesPastIds(tx: DbOrTx) {
  for (const table of ['users', 'cities', 'partnerships', 'stageHistory', 'events', 'programs', 'inquiries'] as const) {
    await sql`select setval(pg_get_serial_sequence(${`"${table}"`}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx);
  }
}
