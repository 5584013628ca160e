import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { ABENA, createFrontDoor, LEADERSHIP, MARCUS, place, YOUSSEF, type FrontDoor } from '../join/testFrontDoor';

const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };
const query = (params: Record<string, unknown>) => `?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)]))}`;

describe.each(TEST_BACKENDS)('converting an inquiry on %s', (backend) => {
  let door: FrontDoor;
  let staff: Awaited<ReturnType<FrontDoor['as']>>;
  beforeAll(async () => {
    door = await createFrontDoor(backend);
    staff = await door.as(MARCUS);
  });
  afterAll(() => door.close());

  const convert = (inquiry: { id: number; version: number }, body: Record<string, unknown>, as = staff) =>
    as('POST', `/inquiries/${inquiry.id}/convert`, { version: inquiry.version, ...body });
  const auditOf = (resource: string, recordId: number) =>
    door.db.selectFrom('audit').select(['action', 'userId']).where('resource', '=', resource).where('recordId', '=', recordId).orderBy('id').execute();
  const city = async (body: Record<string, unknown>) => (await staff('POST', '/cities', body)).json;

  it('makes the gazetteer city, with its own facts, and marks the inquiry converted; no partner, no partnership', async () => {
    const mombasa = place('Mombasa', 'KE');
    const inquiry = await door.inquiry({ geonameId: mombasa.geonameId });
    const partnerships = await door.count('partnerships');
    const { status, json } = await convert(inquiry, { geonameId: mombasa.geonameId });
    expect(status).toBe(200);
    expect(json).toEqual({ ...inquiry, status: 'converted', cityId: json.cityId, partnershipId: null, convertedAt: door.now(), version: 2, updatedAt: door.now() });
    const made = (await staff('GET', `/cities/${json.cityId}`)).json;
    expect(made).toMatchObject({ name: 'Mombasa', country: 'KE', geonameId: mombasa.geonameId, lat: mombasa.lat, lng: mombasa.lng, population: mombasa.population, side: 'africa', region: 'Eastern', contactEmail: null });
    expect(await door.count('partnerships')).toBe(partnerships);
    expect(await auditOf('cities', json.cityId)).toEqual([{ action: 'create', userId: MARCUS }]);
    expect(await auditOf('inquiries', inquiry.id)).toEqual([{ action: 'create', userId: null }, { action: 'update', userId: MARCUS }]);
  });

  it('takes the stored city that is the gazetteer’s, or one named by id, rather than a second record of it', async () => {
    const lagos = place('Lagos', 'NG');
    const stored = await city({ name: 'LAGOS', country: 'NG' });
    const cities = await door.count('cities');
    const first = await door.inquiry({ geonameId: lagos.geonameId });
    expect((await convert(first, { geonameId: lagos.geonameId })).json).toMatchObject({ status: 'converted', cityId: stored.id });
    const second = await door.inquiry({ geonameId: null, cityName: 'Lagos', country: 'NG' });
    expect((await convert(second, { cityId: stored.id })).json).toMatchObject({ status: 'converted', cityId: stored.id });
    expect(await door.count('cities')).toBe(cities);
  });

  it('opens a prospect partnership with the partner named, which the board shows, in one write', async () => {
    const dayton = await city({ name: 'Dayton', country: 'US', admin1: 'OH' });
    const inquiry = await door.inquiry({ geonameId: place('Accra').geonameId, organisation: 'Accra Metropolitan Assembly', focusAreas: ['business_trade', 'youth_education'] });
    const revision = await door.revision();
    const { status, json } = await convert(inquiry, { geonameId: place('Accra').geonameId, partnerCityId: dayton.id, kind: 'friendship' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'converted', partnershipId: expect.any(Number) });
    const partnership = (await staff('GET', `/partnerships/${json.partnershipId}`)).json;
    expect(partnership).toMatchObject({
      africanCityId: json.cityId,
      usCityId: dayton.id,
      stage: 'prospect',
      cohort: '500in5',
      kind: 'friendship',
      focusAreas: ['business_trade', 'youth_education'],
      firstContactAt: inquiry.createdAt.slice(0, 10),
      ownerId: MARCUS,
      notes: 'From the sign-up of Accra Metropolitan Assembly',
      region: 'Western',
    });
    const board = await staff('GET', `/partnerships${query({ filter: { stage: 'prospect' } })}`);
    expect(board.json.map((p: { id: number }) => p.id)).toContain(json.partnershipId);
    // One write: the revision moved once, for the city, the partnership and the inquiry.
    const after = await door.revision();
    expect(after.value).toBe(revision.value + 1);
    expect([after.cities, after.partnerships, after.inquiries]).toEqual([revision.cities + 1, revision.partnerships + 1, revision.inquiries + 1]);
    expect(await auditOf('partnerships', json.partnershipId)).toEqual([{ action: 'create', userId: MARCUS }]);
  });

  it('turns a US sign-up around: the US city is the inquiry’s, the partner the African one', async () => {
    const abuja = await city({ name: 'Abuja', country: 'NG' });
    const inquiry = await door.inquiry({ side: 'us', geonameId: place('Dayton', 'US').geonameId, preferredRegion: 'Western' });
    const { json } = await convert(inquiry, { geonameId: place('Dayton', 'US').geonameId, partnerCityId: abuja.id });
    const partnership = (await staff('GET', `/partnerships/${json.partnershipId}`)).json;
    expect(partnership).toMatchObject({ africanCityId: abuja.id, usCityId: json.cityId, stage: 'prospect', kind: 'sister' });
  });

  it('refuses a second conversion, and cities of the wrong side or unknown, by field, changing nothing', async () => {
    const inquiry = await door.inquiry({ geonameId: place('Kumasi').geonameId });
    const us = await city({ name: 'Akron', country: 'US', admin1: 'OH' });
    const african = await city({ name: 'Tamale', country: 'GH' });
    const revision = await door.revision();
    const refusals: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{}, { cityId: 'app.validation.required' }],
      [{ cityId: 999999 }, { cityId: 'app.validation.unknownCity' }],
      [{ cityId: us.id }, { cityId: 'app.validation.africanCity' }],
      [{ geonameId: place('Dayton', 'US').geonameId }, { geonameId: 'app.validation.africanCity' }],
      [{ geonameId: 999999999 }, { geonameId: 'app.validation.unknownCity' }],
      [{ cityId: african.id, partnerCityId: african.id }, { partnerCityId: 'app.validation.usCity' }],
      [{ cityId: african.id, partnerCityId: 999999 }, { partnerCityId: 'app.validation.unknownCity' }],
      [{ cityId: african.id, kind: 'cousin' }, { kind: 'app.validation.choice' }],
    ];
    for (const [body, errors] of refusals) {
      const answer = await convert(inquiry, body);
      expect({ body, status: answer.status, json: answer.json }).toEqual({ body, status: 400, json: { message: 'app.error.invalid', errors } });
    }
    expect((await convert({ ...inquiry, version: 9 }, { cityId: african.id })).status).toBe(409);
    expect(await door.revision()).toEqual(revision);

    const done = (await convert(inquiry, { cityId: african.id, partnerCityId: us.id })).json;
    const again = await convert(done, { cityId: african.id, partnerCityId: us.id });
    expect(again).toMatchObject({ status: 409, json: { message: 'resources.inquiries.refused.alreadyConverted' } });
    expect((await staff('GET', `/inquiries/${inquiry.id}`)).json).toEqual(done);

    // The pair is open already: the partnership's own refusal, on the partner field.
    const twin = await door.inquiry({ geonameId: place('Kumasi').geonameId, email: 'twin@example.org' });
    expect(await convert(twin, { cityId: african.id, partnerCityId: us.id })).toMatchObject({ status: 400, json: { errors: { partnerCityId: 'app.validation.pairExists' } } });
  });

  it('lets a coordinator convert in their region only; another region’s is refused with nothing changed', async () => {
    const inquiry = await door.inquiry({ geonameId: place('Takoradi', 'GH').geonameId });
    const partner = await city({ name: 'Canton', country: 'US', admin1: 'OH' });
    const before = { cities: await door.count('cities'), partnerships: await door.count('partnerships'), revision: await door.revision() };
    const youssef = await door.as(YOUSSEF);
    expect(await convert(inquiry, { geonameId: place('Takoradi', 'GH').geonameId, partnerCityId: partner.id }, youssef)).toMatchObject(FORBIDDEN);
    expect(await convert(inquiry, { geonameId: place('Takoradi', 'GH').geonameId }, await door.as(LEADERSHIP))).toMatchObject(FORBIDDEN);
    expect({ cities: await door.count('cities'), partnerships: await door.count('partnerships'), revision: await door.revision() }).toEqual(before);
    expect((await staff('GET', `/inquiries/${inquiry.id}`)).json).toEqual(inquiry);

    const abena = await door.as(ABENA);
    const { status, json } = await convert(inquiry, { geonameId: place('Takoradi', 'GH').geonameId, partnerCityId: partner.id }, abena);
    expect(status).toBe(200);
    // A coordinator follows the partnership by region; no owner is set in their name.
    expect((await staff('GET', `/partnerships/${json.partnershipId}`)).json).toMatchObject({ stage: 'prospect', region: 'Western', ownerId: null });
  });

  it('refuses a coordinator a city outside their region, rolling back the whole conversion', async () => {
    // A US sign-up asking for a Western partner is Abena's to triage, but a new US city is not hers to make.
    const inquiry = await door.inquiry({ side: 'us', geonameId: place('Toledo', 'US').geonameId, preferredRegion: 'Western' });
    const cities = await door.count('cities');
    expect(await convert(inquiry, { geonameId: place('Toledo', 'US').geonameId }, await door.as(ABENA))).toMatchObject(FORBIDDEN);
    expect(await door.count('cities')).toBe(cities);
    expect((await staff('GET', `/inquiries/${inquiry.id}`)).json.status).toBe('new');
  });
});
