import gazetteer from 'virtual:gazetteer';
import { describe, expect, it } from 'vitest';
import { addDays } from '../common';
import { AU_REGIONS } from '../regions';
import { cityInputSchema } from '../city';
import { eventInputSchema } from '../event';
import { INQUIRY_STATUSES, inquiryRegions, joinRequestSchema } from '../inquiry';
import { computeProgress } from '../goal';
import { isStalled, partnershipInputSchema, withDerivedFields, type StoredPartnership } from '../partnership';
import { programInputSchema } from '../program';
import { DEFAULT_SETTINGS } from '../settings';
import { isOpenStage, PRE_SIGNATURE, refuseStageMove, STAGES } from '../stages';
import { generateSeed } from './generateSeed';
import { INQUIRY_WINDOW_DAYS } from './inquiries';

const TODAY = '2026-11-28';
const seed = generateSeed({ gazetteer, today: TODAY });
const cities = new Map(seed.cities.map((c) => [c.id, c]));
const partnerships = new Map(seed.partnerships.map((p) => [p.id, p]));
const shown = seed.partnerships.map((p) => withDerivedFields(p, cities.get(p.africanCityId)!, cities.get(p.usCityId)!, TODAY));
const progress = computeProgress(shown, DEFAULT_SETTINGS, TODAY);
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});
/** Schema messages of every record that fails it, by label: empty when all pass. */
const invalidOnes = <T>(records: readonly T[], schema: { safeParse(v: unknown): { error?: { issues: Array<{ message: string }> } } }, label: (r: T) => string) =>
  records.flatMap((r) => schema.safeParse(r).error?.issues.map((issue) => `${label(r)}: ${issue.message}`) ?? []);

/** What is wrong with a partnership's stage history: empty when every step is an allowed move, in time. */
function historyProblems(p: StoredPartnership, staff: Set<number>): string[] {
  const problems: string[] = [];
  const history = p.stageHistory;
  if (history.at(-1)?.stage !== p.stage) problems.push(`${p.id}: ends in ${history.at(-1)?.stage}, not ${p.stage}`);
  history.forEach((change, index) => {
    if (!staff.has(change.by!)) problems.push(`${p.id}: moved by ${change.by}`);
    const before = history[index - 1];
    if (!before) return;
    if (change.at <= before.at) problems.push(`${p.id}: ${change.at} not after ${before.at}`);
    const refusal = refuseStageMove({ from: before.stage, to: change.stage, note: change.note, signedAt: p.signedAt, closedReason: p.closedReason });
    if (refusal) problems.push(`${p.id}: ${before.stage} → ${change.stage}: ${refusal}`);
  });
  return problems;
}

describe('the demo seed', () => {
  it('is the same for the same input and differs for another seed number', () => {
    expect(generateSeed({ gazetteer, today: TODAY })).toEqual(seed);
    expect(generateSeed({ gazetteer, today: TODAY, seed: 7 }).partnerships).not.toEqual(seed.partnerships);
    expect(generateSeed({ gazetteer, today: TODAY, seed: 7 }).inquiries).not.toEqual(seed.inquiries);
  });

  it('has the team: one admin, four staff, a coordinator per AU region, two leadership', () => {
    expect(countBy(seed.users, (u) => u.role)).toEqual({ admin: 1, staff: 4, coordinator: 5, leadership: 2 });
    expect(seed.users.filter((u) => u.role === 'coordinator').map((u) => u.region).sort()).toEqual([...AU_REGIONS].sort());
    expect(seed.users.filter((u) => !u.email.endsWith('@sistercities.example'))).toEqual([]);
  });

  it('holds every gazetteer city as a valid city record with fictional contacts', () => {
    expect(seed.cities).toHaveLength(gazetteer.length);
    expect(invalidOnes(seed.cities, cityInputSchema, (c) => c.name)).toEqual([]);
    expect(seed.cities.filter((c) => c.contactEmail && !/@[a-z0-9-]+\.example\.org$/.test(c.contactEmail))).toEqual([]);
    const us = seed.cities.filter((c) => c.side === 'us');
    const members = us.filter((c) => c.sciMember);
    expect(members.length / us.length).toBeGreaterThan(0.4);
    expect(members.filter((c) => c.duesPaidThrough! < TODAY).length).toBeGreaterThan(10);
    expect(seed.cities.find((c) => c.country === 'SN')?.languages[0]).toBe('fr');
    expect(seed.cities.find((c) => c.country === 'EG')?.languages[0]).toBe('ar');
    expect(seed.cities.find((c) => c.country === 'AO')?.languages[0]).toBe('pt');
  });

  it('has ~600 valid partnerships between the two sides, every stage represented, pairs unique', () => {
    expect(seed.partnerships.length).toBeGreaterThanOrEqual(580);
    expect(seed.partnerships.length).toBeLessThanOrEqual(620);
    expect(invalidOnes(seed.partnerships, partnershipInputSchema, (p) => `partnership ${p.id}`)).toEqual([]);
    expect(seed.partnerships.filter((p) => p.focusAreas.length < 1 || p.focusAreas.length > 3)).toEqual([]);
    expect(seed.partnerships.filter((p) => cities.get(p.africanCityId)?.side !== 'africa' || cities.get(p.usCityId)?.side !== 'us')).toEqual([]);
    expect(seed.partnerships.filter((p) => isOpenStage(p.stage) && p.stage !== 'active' && !p.nextStep)).toEqual([]);
    const stages = countBy(seed.partnerships, (p) => p.stage);
    expect(STAGES.filter((stage) => !stages[stage])).toEqual([]);
    const pairs = seed.partnerships.map((p) => `${p.africanCityId}-${p.usCityId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const preexisting = seed.partnerships.filter((p) => p.cohort === 'preexisting');
    expect(preexisting.length).toBeGreaterThanOrEqual(35);
    expect(preexisting.filter((p) => p.signedAt! >= '2023-01-01')).toEqual([]);
  });

  it('tells every stage history as a chain of allowed moves by staff, in time order', () => {
    const staff = new Set(seed.users.filter((u) => u.role === 'staff').map((u) => u.id));
    expect(seed.partnerships.flatMap((p) => historyProblems(p, staff))).toEqual([]);
    expect(seed.partnerships.some((p) => p.stageHistory.some((c) => c.note))).toBe(true);
  });

  it('is behind pace but meaningful, across all five regions, with some talks stalled', () => {
    expect(progress.counted).toBeGreaterThanOrEqual(200);
    expect(progress.counted).toBeLessThanOrEqual(260);
    expect(progress.projected).toBeLessThan(DEFAULT_SETTINGS.target);
    expect(progress.africanCities).toBeLessThan(progress.counted);
    expect(AU_REGIONS.filter((region) => progress.byRegion[region] < 10)).toEqual([]);
    expect(progress.byRegion.Western).toBeGreaterThan(progress.byRegion.Central);
    const open = shown.filter((p) => PRE_SIGNATURE.includes(p.stage));
    const stalled = open.filter((p) => isStalled(p, TODAY));
    expect(stalled.length).toBeGreaterThan(open.length * 0.1);
    expect(stalled.length).toBeLessThan(open.length * 0.5);
  });

  it('has ~150 valid events that never leave a partnership’s last activity behind', () => {
    expect(seed.events.length).toBeGreaterThanOrEqual(130);
    expect(seed.events.length).toBeLessThanOrEqual(170);
    expect(invalidOnes(seed.events, eventInputSchema, (e) => e.title)).toEqual([]);
    expect(seed.events.filter((e) => e.virtual && e.cityId !== null)).toEqual([]);
    const behind = seed.events.flatMap((e) =>
      e.startsAt.slice(0, 10) > TODAY ? [] : e.partnershipIds.filter((id) => partnerships.get(id)!.lastActivityAt! < e.startsAt.slice(0, 10)),
    );
    expect(behind).toEqual([]);
    const ceremonies = seed.events.filter((e) => e.type === 'signing_ceremony');
    expect(ceremonies.length).toBeGreaterThan(20);
    expect(ceremonies.filter((e) => e.startsAt.slice(0, 10) !== partnerships.get(e.partnershipIds[0]!)!.signedAt)).toEqual([]);
    expect(seed.events.some((e) => e.startsAt.slice(0, 10) > TODAY)).toBe(true);
  });

  it('has ~40 valid programs whose status follows their cycle year', () => {
    expect(seed.programs.length).toBeGreaterThanOrEqual(35);
    expect(seed.programs.length).toBeLessThanOrEqual(45);
    expect(invalidOnes(seed.programs, programInputSchema, (p) => p.title)).toEqual([]);
    expect(seed.programs.filter((p) => p.cycleYear < 2026 && p.status !== 'completed')).toEqual([]);
    expect(seed.programs.filter((p) => p.cycleYear > 2026 && !['planned', 'open'].includes(p.status))).toEqual([]);
    expect(seed.programs.flatMap((p) => p.partnershipIds.filter((id) => !partnerships.has(id)))).toEqual([]);
    expect(seed.programs.flatMap((p) => p.cityIds.filter((id) => !cities.has(id)))).toEqual([]);
    expect(new Set(seed.programs.map((p) => p.cycleYear))).toEqual(new Set([2023, 2024, 2025, 2026, 2027]));
  });

  it('has ~37 sign-ups of the last 26 weeks, as the public page takes them, from both sides and every AU region', () => {
    const inquiries = seed.inquiries!;
    expect(inquiries.length).toBeGreaterThanOrEqual(30);
    expect(inquiries.length).toBeLessThanOrEqual(40);
    expect(inquiries.map((i) => i.id)).toEqual(inquiries.map((_, index) => index + 1));
    expect(invalidOnes(inquiries.map((i) => ({ ...i, consent: true })), joinRequestSchema, (i) => i.organisation)).toEqual([]);
    expect(inquiries.filter((i) => !/@[a-z0-9-]+\.example\.org$/.test(i.email))).toEqual([]);
    const since = addDays(TODAY, -INQUIRY_WINDOW_DAYS);
    expect(inquiries.filter((i) => i.createdAt < since || i.updatedAt < i.createdAt || i.updatedAt >= TODAY)).toEqual([]);
    expect(countBy(inquiries, (i) => i.side)).toEqual({ africa: expect.any(Number), us: expect.any(Number) });
    expect(AU_REGIONS.filter((region) => !inquiries.some((i) => inquiryRegions(i).includes(region)))).toEqual([]);
    const statuses = countBy(inquiries, (i) => i.status);
    expect(Math.min(...INQUIRY_STATUSES.map((status) => statuses[status] ?? 0))).toBeGreaterThanOrEqual(4);
  });

  it('names gazetteer cities as the gazetteer spells them, and typed towns the gazetteer does not hold', () => {
    const places = new Map(gazetteer.map((place) => [place.geonameId, place]));
    const picked = seed.inquiries!.filter((i) => i.geonameId !== null);
    const typed = seed.inquiries!.filter((i) => i.geonameId === null);
    expect(picked.length).toBeGreaterThan(typed.length);
    expect(typed.length).toBeGreaterThan(0);
    expect(picked.filter((i) => places.get(i.geonameId!)?.name !== i.cityName || places.get(i.geonameId!)?.country !== i.country)).toEqual([]);
    expect(typed.filter((i) => gazetteer.some((place) => place.name === i.cityName && place.country === i.country))).toEqual([]);
  });

  it('converts sign-ups as the convert step does: into their own city and a partnership that began as a prospect that day', () => {
    const converted = seed.inquiries!.filter((i) => i.status === 'converted');
    expect(seed.inquiries!.filter((i) => (i.status === 'converted') !== (i.convertedAt !== null))).toEqual([]);
    expect(seed.inquiries!.filter((i) => i.status !== 'converted' && (i.cityId !== null || i.partnershipId !== null))).toEqual([]);
    expect(converted.filter((i) => cities.get(i.cityId!)?.name !== i.cityName || cities.get(i.cityId!)?.side !== i.side)).toEqual([]);
    const intoPartnerships = converted.filter((i) => i.partnershipId !== null);
    expect(intoPartnerships.length).toBeGreaterThan(converted.length / 2);
    const misfits = intoPartnerships.filter((i) => {
      const p = partnerships.get(i.partnershipId!);
      const own = i.side === 'africa' ? p?.africanCityId : p?.usCityId;
      return !p || own !== i.cityId || p.cohort !== '500in5' || p.stageHistory[0]!.stage !== 'prospect' ||
        p.firstContactAt !== i.createdAt.slice(0, 10) || p.createdAt !== i.convertedAt || p.focusAreas.join() !== i.focusAreas.join();
    });
    expect(misfits).toEqual([]);
    expect(new Set(intoPartnerships.map((i) => i.partnershipId)).size).toBe(intoPartnerships.length);
  });
});
