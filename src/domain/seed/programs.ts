import type { City } from '../city';
import type { StoredPartnership } from '../partnership';
import { PROGRAM_KINDS, type Program, type ProgramKind, type ProgramStatus } from '../program';
import { isSignedStage } from '../stages';
import type { Random } from './random';

const KIND_TITLES: Record<ProgramKind, string> = {
  j1_homestay: 'J-1 High School Homestay',
  young_artists_authors: 'Young Artists and Authors Showcase',
  youth_leadership_summit: 'Youth Leadership Summit',
  exchange: 'Professional exchange',
};

/** Participant counts a program of each kind typically has: [adults, youth] ranges. */
const KIND_COUNTS: Record<ProgramKind, [[number, number], [number, number]]> = {
  j1_homestay: [[2, 10], [4, 16]],
  young_artists_authors: [[3, 12], [10, 60]],
  youth_leadership_summit: [[6, 20], [25, 90]],
  exchange: [[6, 24], [0, 6]],
};

/** Past cycles are completed, this year's run, next year's take applications, later ones are planned. */
function statusOf(random: Random, cycleYear: number, today: string): ProgramStatus {
  const year = Number(today.slice(0, 4));
  if (cycleYear < year) return 'completed';
  if (cycleYear === year) return random.chance(0.7) ? 'running' : 'completed';
  return cycleYear === year + 1 ? 'open' : 'planned';
}

function deadlineOf(random: Random, kind: ProgramKind, cycleYear: number): string {
  // J-1 hosts are found a year ahead; the others close applications early in the cycle year.
  const year = kind === 'j1_homestay' ? cycleYear - 1 : cycleYear;
  const month = kind === 'j1_homestay' ? random.int(9, 11) : random.int(2, 4);
  return `${year}-${String(month).padStart(2, '0')}-${random.pick(['01', '15', '28'])}`;
}

/** ~40 programs over the cycles 2023–2027, tied to partnerships signed before their cycle. */
export function seedPrograms(random: Random, cities: readonly City[], partnerships: readonly StoredPartnership[], today: string): Program[] {
  const byId = new Map(cities.map((c) => [c.id, c]));
  const signed = partnerships.filter((p) => isSignedStage(p.stage) && p.signedAt && p.signedAt <= today);
  const programs: Program[] = [];
  for (let cycleYear = 2023; cycleYear <= 2027; cycleYear++) {
    const eligible = signed.filter((p) => p.signedAt! < `${cycleYear}-10-01`);
    for (let i = 0; i < 8; i++) {
      const kind = random.weighted(PROGRAM_KINDS.map((k, index) => [k, [3, 2, 2, 3][index]!] as const));
      const linked = random.sample(eligible, random.int(1, 3));
      const first = linked[0];
      const where = first ? `: ${byId.get(first.africanCityId)!.name} – ${byId.get(first.usCityId)!.name}` : '';
      const [[adultsMin, adultsMax], [youthMin, youthMax]] = KIND_COUNTS[kind];
      const status = statusOf(random, cycleYear, today);
      const createdAt = `${cycleYear - 1}-${String(random.int(6, 12)).padStart(2, '0')}-10T10:00:00.000Z`;
      programs.push({
        id: programs.length + 1,
        kind,
        title: `${KIND_TITLES[kind]} ${cycleYear}${where}`,
        cycleYear,
        status,
        partnershipIds: linked.map((p) => p.id),
        cityIds: [...new Set(linked.flatMap((p) => [p.africanCityId, p.usCityId]))],
        focusArea: kind === 'exchange' ? random.pick(['business_trade', 'community_development'] as const) : kind === 'young_artists_authors' ? 'arts_culture' : 'youth_education',
        adults: random.int(adultsMin, adultsMax),
        youth: kind === 'exchange' && random.chance(0.6) ? null : random.int(youthMin, youthMax),
        deadline: deadlineOf(random, kind, cycleYear),
        notes: null,
        version: 1,
        createdAt: createdAt < '2023-01-01' ? '2023-03-15T10:00:00.000Z' : createdAt,
        updatedAt: createdAt < '2023-01-01' ? '2023-03-15T10:00:00.000Z' : createdAt,
      });
    }
  }
  return programs;
}
