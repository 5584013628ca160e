import type { z } from 'zod';
import { AU_REGIONS, isAllowed, type Action, type Actor, type AuRegion, type GuardedResource, type RegionFacts } from '../../src/domain';
import type { Selectable, SelectQueryBuilder } from 'kysely';
import { forbidden } from '../auth/context';
import { dialectOf, type DbOrTx } from '../db/database';
import type { Database } from '../db/schema';
import { ApiError, notFound } from './errors';
import { parseWith } from './validate';

/** Optional fields as the API stores them: null when left out. */
export type Complete<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/**
 * A body parsed with a domain schema, every field the schema knows present: left out means
 * null (never missing, so a response always has every field).
 * Fields the schema does not know (derived, meta) are dropped.
 */
export function parseRecord<S extends z.ZodObject>(schema: S, body: Record<string, unknown>): Complete<z.output<S>> {
  const parsed = parseWith(schema, body) as Record<string, unknown>;
  for (const key of Object.keys(schema.shape)) parsed[key] ??= null;
  return parsed as never;
}

/** 400 with field errors in react-admin's shape: one translation key per field. */
export const invalid = (errors: Record<string, string>) => new ApiError(400, 'app.error.invalid', errors);

export function refuseIfAny(errors: Record<string, string>) {
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

/**
 * The version a PUT carries must be the stored one: missing is a 400, stale a 409 (a numeric
 * string counts). Checked after the record was found, so an unknown id is a 404.
 */
export function checkBodyVersion(stored: { version: number }, version: unknown) {
  if (version === undefined || version === null) throw invalid({ version: 'app.validation.required' });
  if (Number(version) !== stored.version) throw new ApiError(409, 'app.error.conflict');
}

/** A DELETE may carry the version it read in If-Match; without it there is nothing to compare. */
export function checkIfMatch(stored: { version: number }, version: number | undefined) {
  if (version !== undefined) checkBodyVersion(stored, version);
}

/** A unique index refused the write: the way a race between two writers shows on PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Throws 403 unless `actor` may do `action` on `record`. Asked inside the write transaction,
 * of the stored record and of the record as the change would leave it, so that nobody moves
 * a record out of (or into) their reach by editing a field; a refusal rolls back everything.
 */
export function mustBeAllowed(actor: Actor | null, action: Action, resource: GuardedResource, record: RegionFacts) {
  // No actor (the server's own start-up writes) is never a reason to allow a record rule.
  if (!actor || !isAllowed(actor, action, resource, record)) throw forbidden();
}

/** The AU regions among `regions`, each once, in AU order: an event's or a program's `regions`. */
export function auRegionsOf(regions: Iterable<string | null | undefined>): AuRegion[] {
  const touched = new Set(regions);
  return AU_REGIONS.filter((region) => touched.has(region));
}

type RecordTable = 'cities' | 'partnerships' | 'events' | 'programs' | 'inquiries';

/**
 * The stored row a write is about to change, or 404. On PostgreSQL it is held (FOR UPDATE)
 * until the write commits; SQLite's write transaction already holds the whole database.
 */
export async function lockedRow<T extends RecordTable>(tx: DbOrTx, table: T, id: number): Promise<Selectable<Database[T]>> {
  // One table of several: Kysely's types cannot follow a table name that is a type parameter.
  let query = (tx.selectFrom(table as RecordTable) as unknown as SelectQueryBuilder<Database, RecordTable, object>).selectAll().where('id', '=', id);
  if (dialectOf(tx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row as Selectable<Database[T]>;
}
