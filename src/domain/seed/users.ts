import { AU_REGIONS } from '../regions';
import type { Role, User } from './types';

/** The demo team: fictional people on the reserved `.example` domain. */
const TEAM: ReadonlyArray<{ fullName: string; role: Role }> = [
  { fullName: 'Ada Whitfield', role: 'admin' },
  { fullName: 'Marcus Ellison', role: 'staff' },
  { fullName: 'Priya Raman', role: 'staff' },
  { fullName: 'Daniel Okafor', role: 'staff' },
  { fullName: 'Helen Castellanos', role: 'staff' },
  { fullName: 'Youssef Benali', role: 'coordinator' },
  { fullName: 'Abena Mensah', role: 'coordinator' },
  { fullName: 'Serge Mbarga', role: 'coordinator' },
  { fullName: 'Wanjiru Kamau', role: 'coordinator' },
  { fullName: 'Thandi Nkosi', role: 'coordinator' },
  { fullName: 'Robert Hayes', role: 'leadership' },
  { fullName: 'Grace Adeyemi', role: 'leadership' },
];

/**
 * The demo team's password in the mock mode (and in test databases). The server never gives
 * it to anyone: a seeded database's demo team has no password until an admin sets one.
 */
export const DEMO_PASSWORD = 'sister-cities-demo';

const emailOf = (fullName: string) => `${fullName.toLowerCase().replace(/\s+/g, '.')}@sistercities.example`;

/** 1 admin, 4 staff, 5 coordinators (one per AU region, in AU_REGIONS order), 2 leadership. */
export function seedUsers(): User[] {
  let coordinators = 0;
  return TEAM.map(({ fullName, role }, index) => ({
    id: index + 1,
    email: emailOf(fullName),
    fullName,
    role,
    region: role === 'coordinator' ? AU_REGIONS[coordinators++]! : null,
    disabled: false,
  }));
}

export const staffIds = (users: readonly User[]) => users.filter((u) => u.role === 'staff').map((u) => u.id);
