import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../../src/domain';
import type { GazetteerCity } from '../../../src/domain/seed';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { TEST_PASSWORDS } from '../../auth/testPasswords';
import { TEST_BACKENDS, type TestBackend } from '../../db/testDatabase';
import { createTestServer, TEST_TODAY, type TestServer } from '../partnerships/testServer';

const [WESTERN_COORDINATOR, EASTERN_COORDINATOR, LEADERSHIP] = [7, 9, 11];
const namesOf = (answer: { matches: { name: string }[] }) => answer.matches.map((match) => match.name);

describe.each(TEST_BACKENDS)('suggested matches on %s', (backend: TestBackend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  let names = 0;
  const unique = (name: string) => `${name} ${++names}`;
  const member = (name: string, extra: Record<string, unknown> = {}) =>
    api.create('cities', { name: unique(name), country: 'US', admin1: 'OH', sciMember: true, duesPaidThrough: '2027-06-30', population: 300_000, ...extra });
  const african = (name: string, extra: Record<string, unknown> = {}) => api.create('cities', { name: unique(name), country: 'GH', population: 2_500_000, ...extra });
  const pair = (africanCityId: number, usCityId: number, focusAreas: string[], extra: Record<string, unknown> = {}) =>
    api.create('partnerships', { africanCityId, usCityId, kind: 'sister', stage: 'interest', cohort: '500in5', focusAreas, ...extra });
  const matches = async (query: string, call = api.call) => {
    const { status, json } = await call('GET', `/matches?${query}`);
    if (status !== 200) throw new Error(`GET /matches?${query} answered ${status}: ${JSON.stringify(json)}`);
    return json;
  };

  /** An inquiry as the public sign-up leaves it (written directly: the sign-up has its own tests). */
  async function inquiry(fields: Record<string, unknown>) {
    const at = `${TEST_TODAY}T09:00:00.000Z`;
    const row = await api.db
      .insertInto('inquiries')
      .values({
        side: 'africa', organisation: 'City hall', contactName: 'Ama Owusu', email: 'ama@example.org', cityName: 'Tamale', country: 'GH', region: 'Western',
        focusAreas: '[]', locale: 'en', status: 'new', cityKey: foldText('tamale gh'), version: 1, createdAt: at, updatedAt: at,
        ...fields,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('ranks the US members not yet paired with an African city, each with its reasons', async () => {
    const subject = await african('Kumasi');
    const [paired, closed, best, lapsed, outsider] = [
      await member('Paired'),
      await member('Closedville', { population: 40_000 }),
      await member('Best', { population: 3_000_000 }),
      await member('Lapsed', { duesPaidThrough: '2025-01-31' }),
      await api.create('cities', { name: unique('Outsider'), country: 'US', admin1: 'OH', population: 3_000_000 }),
    ];
    await pair(subject.id, paired.id, ['youth_education']);
    await pair(subject.id, closed.id, ['arts_culture'], { stage: 'closed', closedReason: 'Went quiet' });
    await pair((await african('Tema')).id, best.id, ['arts_culture', 'youth_education', 'business_trade']);
    await pair((await african('Ho')).id, outsider.id, ['arts_culture']);

    const answer = await matches(`cityId=${subject.id}&limit=25`);
    const mine = [paired, closed, best, lapsed, outsider].map((city) => city.id);
    const ours = answer.matches.filter((match: { cityId: number }) => mine.includes(match.cityId));
    expect(answer.subject).toEqual({
      kind: 'city', id: subject.id, name: subject.name, side: 'africa', region: 'Western', population: 2_500_000,
      focusAreas: ['arts_culture', 'youth_education'], preferredRegion: null, preferredCity: null, cityId: subject.id,
    });
    // Paired (open) and the non-member are left out; the closed pairing may start again.
    expect(namesOf({ matches: ours })).toEqual([best.name, closed.name, lapsed.name]);
    expect(answer.matches[0]).toEqual({
      cityId: best.id, name: best.name, country: 'US', admin1: 'OH', region: 'Midwest', population: 3_000_000, sciMember: true, duesPaidThrough: '2027-06-30', partners: 1,
      score: expect.any(Number),
      reasons: [
        { code: 'sharedFocus', areas: ['arts_culture', 'youth_education'] },
        { code: 'sameSizeBand', band: 'metro' },
        { code: 'duesCurrent', through: '2027-06-30' },
        { code: 'fewPartners', count: 1 },
      ],
    });
    // Its closed partnership counts no partner, but tells of its interests.
    expect(ours[1]).toMatchObject({ partners: 0, reasons: [{ code: 'sharedFocus', areas: ['arts_culture'] }, { code: 'duesCurrent' }, { code: 'noPartnersYet' }] });
    expect(ours[2].reasons.at(-1)).toEqual({ code: 'duesLapsed', through: '2025-01-31' });
  });

  it('suggests African cities to a US city, members or not', async () => {
    const dayton = await api.create('cities', { name: unique('Dayton'), country: 'US', admin1: 'OH', population: 140_000 });
    const kumasi = await african('Kumasi', { population: 400_000 });
    await pair(kumasi.id, (await member('Other')).id, ['business_trade']);
    const answer = await matches(`cityId=${dayton.id}&limit=25`);
    expect(answer.subject).toMatchObject({ side: 'us', region: 'Midwest', focusAreas: [] });
    expect(answer.matches.every((match: { country: string }) => match.country === 'GH')).toBe(true);
    expect(answer.matches.find((match: { cityId: number }) => match.cityId === kumasi.id)).toMatchObject({
      partners: 1,
      reasons: [{ code: 'sameSizeBand', band: 'medium' }, { code: 'fewPartners', count: 1 }],
    });
  });

  it('keeps to the limit, 10 by default, and refuses bad parameters with 400, unknown subjects with 404', async () => {
    const subject = await african('Cape Coast');
    for (let i = 0; i < 11; i++) await member('Many');
    expect((await matches(`cityId=${subject.id}`)).matches).toHaveLength(10);
    expect((await matches(`cityId=${subject.id}&limit=3`)).matches).toHaveLength(3);
    const refused = ['', `cityId=${subject.id}&inquiryId=1`, 'cityId=abc', `cityId=${subject.id}&limit=26`, `cityId=${subject.id}&limit=0`];
    const statuses = await Promise.all(refused.map(async (query) => [query, (await api.call('GET', `/matches?${query}`)).status]));
    expect(statuses).toEqual(refused.map((query) => [query, 400]));
    expect((await api.call('GET', '/matches?cityId=999999')).status).toBe(404);
    expect((await api.call('GET', '/matches?inquiryId=999999')).status).toBe(404);
  });

  it("ranks an inquiry's named partner first, and its preferred region high", async () => {
    const [named, southern, plain] = [await member('Named', { duesPaidThrough: '2020-01-01' }), await member('Southern', { admin1: 'GA' }), await member('Plain')];
    const id = await inquiry({ focusAreas: '["youth_education"]', preferredRegion: 'South', preferredCity: `${named.name.toUpperCase()}, OH` });
    const answer = await matches(`inquiryId=${id}&limit=25`);
    expect(answer.subject).toMatchObject({ kind: 'inquiry', id, name: 'Tamale', side: 'africa', focusAreas: ['youth_education'], preferredRegion: 'South', population: null, cityId: null });
    expect(namesOf(answer).slice(0, 2)).toEqual([named.name, southern.name]);
    expect(answer.matches[0].reasons[0]).toEqual({ code: 'preferredCity' });
    expect(answer.matches[1].reasons[0]).toEqual({ code: 'preferredRegion', region: 'South' });
    expect(namesOf(answer)).toContain(plain.name);
  });

  it('lets those who may read the inquiry see its suggestions, and no one else', async () => {
    const western = await inquiry({});
    const eastern = await inquiry({ country: 'KE', region: 'Eastern', cityName: 'Kisumu', cityKey: 'kisumu ke' });
    const statusAs = async (userId: number, id: number) => (await (await api.as(userId))('GET', `/matches?inquiryId=${id}`)).status;
    expect(await statusAs(WESTERN_COORDINATOR, western)).toBe(200);
    expect(await statusAs(WESTERN_COORDINATOR, eastern)).toBe(403);
    expect(await statusAs(EASTERN_COORDINATOR, eastern)).toBe(200);
    expect(await statusAs(LEADERSHIP, western)).toBe(403);
    // A city's suggestions are for every reader.
    expect((await (await api.as(LEADERSHIP))('GET', `/matches?cityId=${(await african('Elmina')).id}`)).status).toBe(200);
  });

  it('gives a converted inquiry the size of its city and leaves out its partners; a city keeps the preference of its sign-up', async () => {
    const city = await african('Sunyani', { population: 150_000 });
    const partner = await member('Partnered');
    await pair(city.id, partner.id, ['business_trade']);
    const id = await inquiry({ cityId: city.id, status: 'converted', focusAreas: '["arts_culture"]', preferredCity: 'Somewhere' });
    const answer = await matches(`inquiryId=${id}&limit=25`);
    expect(answer.subject).toMatchObject({ population: 150_000, cityId: city.id, focusAreas: ['arts_culture'] });
    expect(namesOf(answer)).not.toContain(partner.name);
    const ofCity = await matches(`cityId=${city.id}`);
    expect(ofCity.subject).toMatchObject({ focusAreas: ['arts_culture', 'business_trade'], preferredCity: 'Somewhere' });
  });

  it("takes an unconverted inquiry's size from the gazetteer", async () => {
    const place: GazetteerCity = { geonameId: 2294877, name: 'Tamale', country: 'GH', admin1: '06', lat: 9.4, lng: -0.85, population: 360_579 };
    const app = createApp({ passwords: TEST_PASSWORDS, handle: { db: api.db, dialect: backend }, now: () => `${TEST_TODAY}T10:00:00.000Z`, today: () => TEST_TODAY, gazetteer: [place] });
    const cookie = `sid=${await createSession(api.db, 2, `${TEST_TODAY}T08:00:00.000Z`)}`;
    const id = await inquiry({ geonameId: place.geonameId });
    const response = await app.request(`/api/matches?inquiryId=${id}`, { headers: { Cookie: cookie } });
    const answer = (await response.json()) as { subject: { population: number } };
    expect(answer.subject.population).toBe(360_579);
  });
});
