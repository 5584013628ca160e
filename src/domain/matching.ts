import { z } from 'zod';
import { duesCurrent } from './city';
import { MAX_STORED_INT } from './common';
import type { FocusArea } from './focusAreas';
import { sideOfCountry, type Region, type Side } from './regions';
import { foldText } from './text';

/**
 * Suggested matches (issue 14): for a city or an inquiry of one side, the cities of the other
 * side worth a `prospect`, best first, each with its reasons. One definition, used by
 * GET /api/matches, whose SQL only narrows the candidates (the other side, US members, not
 * already paired with the subject) and counts what this function weighs.
 */

/** GET /api/matches's parameters: one subject, a city or an inquiry; at most 25 suggestions. */
export const matchesQuerySchema = z
  .object({
    cityId: z.coerce.number({ error: 'app.validation.number' }).int('app.validation.integer').positive('app.validation.number').max(MAX_STORED_INT, 'app.validation.tooLarge').optional(),
    inquiryId: z.coerce.number({ error: 'app.validation.number' }).int('app.validation.integer').positive('app.validation.number').max(MAX_STORED_INT, 'app.validation.tooLarge').optional(),
    limit: z.coerce.number({ error: 'app.validation.number' }).int('app.validation.integer').min(1, 'app.validation.positive').max(25, 'app.validation.tooLarge').default(10),
  })
  .refine((q) => (q.cityId === undefined) !== (q.inquiryId === undefined), { path: ['cityId'], message: 'app.validation.required' });
export type MatchesQuery = z.output<typeof matchesQuerySchema>;
/** What a client asks: one subject; the limit left out takes the API's default. */
export type MatchesParams = { cityId?: number; inquiryId?: number; limit?: number };

/** Population bands: <100k, 100k–500k, 500k–2M, >2M. */
export const POPULATION_BANDS = ['small', 'medium', 'large', 'metro'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];
const BAND_FLOORS = [0, 100_000, 500_000, 2_000_000];

export function populationBand(population: number | null | undefined): PopulationBand | null {
  if (typeof population !== 'number') return null;
  const index = BAND_FLOORS.findLastIndex((floor) => population >= floor);
  return POPULATION_BANDS[Math.max(index, 0)]!;
}

/** What a suggestion is measured against: the city (or inquiry) looking for a partner. */
export interface MatchSubject {
  side: Side;
  region: Region;
  focusAreas: readonly string[];
  population: number | null;
  preferredRegion?: Region | null;
  preferredCityName?: string | null;
}

/** A city of the other side, with what the database counted of it. */
export interface MatchCandidate {
  id: number;
  name: string;
  country: string;
  admin1: string | null;
  region: Region;
  population: number | null;
  sciMember: boolean;
  duesPaidThrough: string | null;
  /** The union of the focus areas of its partnerships. */
  focusAreas: readonly string[];
  /** Its open partnerships (with cities of the subject's side). */
  partners: number;
}

/** Why a city is suggested (or held back), as codes with values: the UI words them. */
export type MatchReason =
  | { code: 'preferredCity' }
  | { code: 'preferredRegion'; region: Region }
  | { code: 'sharedFocus'; areas: FocusArea[] }
  | { code: 'sameSizeBand'; band: PopulationBand }
  | { code: 'nearSizeBand'; band: PopulationBand }
  | { code: 'duesCurrent'; through: string }
  | { code: 'noPartnersYet' }
  | { code: 'fewPartners'; count: number }
  | { code: 'manyPartners'; count: number }
  | { code: 'duesLapsed'; through: string }
  | { code: 'duesUnknown' };
export type MatchReasonCode = MatchReason['code'];

/** Reasons that speak against a city: the UI marks them. */
export const NEGATIVE_REASONS: readonly MatchReasonCode[] = ['manyPartners', 'duesLapsed', 'duesUnknown'];

export interface RankedMatch {
  cityId: number;
  score: number;
  reasons: MatchReason[];
}

/*
 * Weights, and why. A city the inquirer named is what they asked for: first, whatever else.
 * Focus areas are what an exchange is about, so sharing all four outweighs any other factor.
 * A preferred region is the partner's own words: more than size. Similar size, similar means.
 * Fewer partners spreads the initiative over more cities. Lapsed dues: SCI would not recognise
 * the partnership, so such a member falls below a current one unless it fits far better.
 */
const WEIGHTS = {
  preferredCity: 1000,
  preferredRegion: 25,
  sharedFocusEach: 15,
  sameSizeBand: 20,
  nearSizeBand: 8,
  duesCurrent: 10,
  duesLapsed: -50,
  partnersByCount: [15, 10, 5] as readonly number[],
};

/** The typed preference names the city: "Columbus" or "Columbus, OH" name Columbus; case and accents aside. */
const namesCity = (preferred: string | null | undefined, name: string) => {
  const wanted = foldText(preferred ?? '').split(',')[0]!.trim();
  return wanted !== '' && wanted === foldText(name).trim();
};

type Factor = (subject: MatchSubject, city: MatchCandidate, today: string) => [number, MatchReason] | null;

const FACTORS: Factor[] = [
  (subject, city) => (namesCity(subject.preferredCityName, city.name) ? [WEIGHTS.preferredCity, { code: 'preferredCity' }] : null),
  (subject, city) => (subject.preferredRegion && subject.preferredRegion === city.region ? [WEIGHTS.preferredRegion, { code: 'preferredRegion', region: city.region }] : null),
  (subject, city) => {
    const areas = [...new Set(city.focusAreas)].filter((area) => subject.focusAreas.includes(area)).sort() as FocusArea[];
    return areas.length > 0 ? [areas.length * WEIGHTS.sharedFocusEach, { code: 'sharedFocus', areas }] : null;
  },
  (subject, city) => {
    const [ours, theirs] = [populationBand(subject.population), populationBand(city.population)];
    if (!ours || !theirs) return null;
    const apart = Math.abs(POPULATION_BANDS.indexOf(ours) - POPULATION_BANDS.indexOf(theirs));
    if (apart === 0) return [WEIGHTS.sameSizeBand, { code: 'sameSizeBand', band: theirs }];
    return apart === 1 ? [WEIGHTS.nearSizeBand, { code: 'nearSizeBand', band: theirs }] : null;
  },
  (_subject, city, today) => {
    if (sideOfCountry(city.country) !== 'us') return null;
    if (duesCurrent({ side: 'us', sciMember: city.sciMember, duesPaidThrough: city.duesPaidThrough }, today)) return [WEIGHTS.duesCurrent, { code: 'duesCurrent', through: city.duesPaidThrough! }];
    return [WEIGHTS.duesLapsed, city.duesPaidThrough ? { code: 'duesLapsed', through: city.duesPaidThrough } : { code: 'duesUnknown' }];
  },
  (_subject, city) => {
    const points = WEIGHTS.partnersByCount[city.partners] ?? 0;
    if (city.partners === 0) return [points, { code: 'noPartnersYet' }];
    return [points, points > 0 ? { code: 'fewPartners', count: city.partners } : { code: 'manyPartners', count: city.partners }];
  },
];

/** A city of the other side that may be suggested: for an African city, only SCI's US members. */
export function isMatchCandidate(subject: Pick<MatchSubject, 'side'>, city: Pick<MatchCandidate, 'country' | 'sciMember'>): boolean {
  const side = sideOfCountry(city.country);
  return side !== undefined && side !== subject.side && (side === 'africa' || city.sciMember);
}

const against = (reason: MatchReason) => NEGATIVE_REASONS.includes(reason.code);

/** One candidate's score and reasons: the reasons for it first, then those against, each in the order of the factors. */
export function scoreMatch(subject: MatchSubject, city: MatchCandidate, today: string): RankedMatch {
  const found = FACTORS.map((factor) => factor(subject, city, today)).filter((entry) => entry !== null);
  const reasons = found.map(([, reason]) => reason);
  return {
    cityId: city.id,
    score: found.reduce((sum, [points]) => sum + points, 0),
    reasons: [...reasons.filter((reason) => !against(reason)), ...reasons.filter(against)],
  };
}

/**
 * The `limit` best candidates for `subject`, best first; equal scores by folded name, then id,
 * so the same data always gives the same list. Cities already paired with the subject are
 * left out by the caller, which knows the partnerships.
 */
export function rankMatches(subject: MatchSubject, candidates: readonly MatchCandidate[], { today, limit = 10 }: { today: string; limit?: number }): RankedMatch[] {
  const names = new Map(candidates.map((city) => [city.id, foldText(city.name)]));
  return candidates
    .filter((city) => isMatchCandidate(subject, city))
    .map((city) => scoreMatch(subject, city, today))
    .sort((a, b) => b.score - a.score || compareText(names.get(a.cityId)!, names.get(b.cityId)!) || a.cityId - b.cityId)
    .slice(0, limit);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** GET /api/matches's answer. */
export interface MatchesAnswer {
  subject: {
    kind: 'city' | 'inquiry';
    id: number;
    name: string;
    side: Side;
    region: Region;
    population: number | null;
    focusAreas: FocusArea[];
    preferredRegion: Region | null;
    preferredCity: string | null;
    /** The city the subject is (the inquiry's once converted), which a prospect pairs. */
    cityId: number | null;
  };
  matches: SuggestedMatch[];
}

/** One suggestion as the API gives it: the city, what was counted of it, and why. */
export type SuggestedMatch = Omit<MatchCandidate, 'id' | 'focusAreas'> & RankedMatch & { name: string };
