import { describe, expect, it } from 'vitest';
import { matchesQuerySchema, populationBand, rankMatches, type MatchCandidate, type MatchSubject } from './matching';

const today = '2026-11-28';
const accra: MatchSubject = { side: 'africa', region: 'Western', focusAreas: ['youth_education', 'arts_culture'], population: 2_500_000 };

let ids = 0;
/** A US member in good standing, in the middle of everything: each test changes what it compares. */
const usCity = (overrides: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: ++ids,
  name: `Town ${ids}`,
  country: 'US',
  admin1: 'OH',
  region: 'Midwest',
  population: 300_000,
  sciMember: true,
  duesPaidThrough: '2027-03-31',
  focusAreas: [],
  partners: 1,
  ...overrides,
});

const rank = (subject: MatchSubject, candidates: MatchCandidate[], limit = 10) => rankMatches(subject, candidates, { today, limit });
const order = (subject: MatchSubject, candidates: MatchCandidate[]) => rank(subject, candidates).map((match) => match.cityId);
const reasonsOf = (subject: MatchSubject, candidate: MatchCandidate) => rank(subject, [candidate])[0]!.reasons;

describe('suggested matches', () => {
  it('ranks first the city sharing more focus areas, and names them', () => {
    const [one, two] = [usCity({ focusAreas: ['arts_culture', 'business_trade'] }), usCity({ focusAreas: ['youth_education', 'arts_culture', 'arts_culture'] })];
    expect(order(accra, [one, two])).toEqual([two.id, one.id]);
    expect(reasonsOf(accra, two)).toContainEqual({ code: 'sharedFocus', areas: ['arts_culture', 'youth_education'] });
    expect(reasonsOf(accra, usCity({ focusAreas: ['business_trade'] })).map((reason) => reason.code)).not.toContain('sharedFocus');
  });

  it('prefers the same population band, then the next one, and says which', () => {
    const [same, near, far] = [usCity({ population: 3_000_000 }), usCity({ population: 900_000 }), usCity({ population: 40_000 })];
    expect(order(accra, [far, near, same])).toEqual([same.id, near.id, far.id]);
    expect(reasonsOf(accra, same)).toContainEqual({ code: 'sameSizeBand', band: 'metro' });
    expect(reasonsOf(accra, near)).toContainEqual({ code: 'nearSizeBand', band: 'large' });
    expect(reasonsOf(accra, far).map((reason) => reason.code)).not.toContain('nearSizeBand');
    // Unknown populations compare nothing.
    expect(reasonsOf({ ...accra, population: null }, same).map((reason) => reason.code)).not.toContain('sameSizeBand');
  });

  it('bands populations at 100k, 500k and 2M', () => {
    expect([99_999, 100_000, 499_999, 500_000, 2_000_000, 0, null].map(populationBand)).toEqual(['small', 'medium', 'medium', 'large', 'metro', 'small', null]);
  });

  it('holds back a member whose dues have lapsed or were never recorded, and says so', () => {
    const lapsed = usCity({ name: 'Lapsed', duesPaidThrough: '2025-12-31', focusAreas: ['youth_education'] });
    const unknown = usCity({ name: 'Unknown', duesPaidThrough: null, focusAreas: ['youth_education'] });
    const current = usCity({ name: 'Current', duesPaidThrough: today });
    expect(order(accra, [unknown, lapsed, current])).toEqual([current.id, lapsed.id, unknown.id]);
    expect(reasonsOf(accra, current)).toContainEqual({ code: 'duesCurrent', through: today });
    expect(reasonsOf(accra, lapsed).at(-1)).toEqual({ code: 'duesLapsed', through: '2025-12-31' });
    expect(reasonsOf(accra, unknown).at(-1)).toEqual({ code: 'duesUnknown' });
  });

  it('suggests only US members to an African city', () => {
    const member = usCity();
    expect(order(accra, [usCity({ sciMember: false, duesPaidThrough: null }), member])).toEqual([member.id]);
  });

  it('spreads the partnerships: fewer partners rank higher', () => {
    const [none, one, many] = [usCity({ partners: 0 }), usCity({ partners: 1 }), usCity({ partners: 4 })];
    expect(order(accra, [many, one, none])).toEqual([none.id, one.id, many.id]);
    expect(reasonsOf(accra, none)).toContainEqual({ code: 'noPartnersYet' });
    expect(reasonsOf(accra, one)).toContainEqual({ code: 'fewPartners', count: 1 });
    expect(reasonsOf(accra, many).at(-1)).toEqual({ code: 'manyPartners', count: 4 });
  });

  it('favours the region the subject asked for', () => {
    const inquiry = { ...accra, preferredRegion: 'South' } as const;
    const [south, west] = [usCity({ region: 'South', admin1: 'GA' }), usCity({ region: 'West', admin1: 'CA' })];
    expect(order(inquiry, [west, south])).toEqual([south.id, west.id]);
    expect(reasonsOf(inquiry, south)[0]).toEqual({ code: 'preferredRegion', region: 'South' });
  });

  it('ranks the city the subject named above every other, its name folded', () => {
    const named = usCity({ name: 'Saint-Étienne Falls', duesPaidThrough: '2020-01-01', partners: 9, population: 1000 });
    const perfect = usCity({ focusAreas: ['youth_education', 'arts_culture'], population: 2_200_000, partners: 0 });
    const subject = { ...accra, preferredCityName: 'saint etienne falls, MN' };
    expect(order(subject, [perfect, named])).toEqual([named.id, perfect.id]);
    expect(reasonsOf(subject, named)[0]).toEqual({ code: 'preferredCity' });
    expect(reasonsOf({ ...accra, preferredCityName: 'Saint' }, named).map((reason) => reason.code)).not.toContain('preferredCity');
  });

  it('suggests African cities to a US city, without a word about dues', () => {
    const dayton: MatchSubject = { side: 'us', region: 'Midwest', focusAreas: ['business_trade'], population: 140_000 };
    const kumasi: MatchCandidate = { ...usCity({ name: 'Kumasi', country: 'GH', admin1: '02', region: 'Western', population: 400_000, sciMember: false, duesPaidThrough: null, focusAreas: ['business_trade'] }) };
    const lagos = { ...kumasi, id: ++ids, name: 'Lagos', country: 'NG', population: 9_000_000, focusAreas: [] };
    expect(order(dayton, [lagos, kumasi, usCity()])).toEqual([kumasi.id, lagos.id]);
    expect(reasonsOf(dayton, kumasi)).toEqual([
      { code: 'sharedFocus', areas: ['business_trade'] },
      { code: 'sameSizeBand', band: 'medium' },
      { code: 'fewPartners', count: 1 },
    ]);
  });

  it('orders equal scores by name, accents aside, then by id, and keeps to the limit', () => {
    const cities = [usCity({ name: 'Zion' }), usCity({ name: 'Évanston' }), usCity({ name: 'Akron' }), usCity({ name: 'Akron' })];
    const expected = [cities[2]!.id, cities[3]!.id, cities[1]!.id, cities[0]!.id];
    expect(order(accra, cities)).toEqual(expected);
    expect(order(accra, cities.toReversed())).toEqual(expected);
    expect(rank(accra, cities, 2).map((match) => match.cityId)).toEqual(expected.slice(0, 2));
  });
});

const parse = (query: Record<string, string | undefined>) => matchesQuerySchema.safeParse(query);

describe("the matches route's parameters", () => {
  it('takes one subject and a limit of at most 25, 10 by default', () => {
    expect(parse({ cityId: '7' }).data).toEqual({ cityId: 7, limit: 10 });
    expect(parse({ inquiryId: '3', limit: '25' }).data).toEqual({ inquiryId: 3, limit: 25 });
    for (const bad of [{}, { cityId: '1', inquiryId: '2' }, { cityId: 'x' }, { cityId: '-1' }, { cityId: '1', limit: '26' }, { cityId: '1', limit: '0' }, { cityId: '1.5' }]) {
      expect(parse(bad).success).toBe(false);
    }
  });
});
