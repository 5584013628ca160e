import type { Migration } from 'kysely';
import * as initial from './2026-11-28T00-00_initial';

/** Every migration, by name, in order: listed here so the bundled server carries them. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T00-00_initial': initial,
};
