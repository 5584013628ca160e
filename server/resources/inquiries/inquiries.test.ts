import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { ABENA, createFrontDoor, LEADERSHIP, MARCUS, place, YOUSSEF, type FrontDoor } from '../join/testFrontDoor';

const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };
const ids = (rows: Array<{ id: number }>) => rows.map((row) => row.id).sort((a, b) => a - b);
const query = (params: Record<string, unknown>) => `?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)]))}`;

describe.each(TEST_BACKENDS)('triaging inquiries, /api/inquiries, on %s', (backend) => {
  let door: FrontDoor;
  let accra: any; // Western, from Ghana
  let cairo: any; // Northern, from Egypt
  let dayton: any; // a US city asking for a Western partner
  beforeAll(async () => {
    door = await createFrontDoor(backend);
    accra = await door.inquiry({ organisation: 'Ébène Arts Collective', focusAreas: ['arts_culture'] });
    cairo = await door.inquiry({ geonameId: place('Cairo', 'EG').geonameId, organisation: 'Nile Youth' });
    dayton = await door.inquiry({ side: 'us', geonameId: place('Dayton', 'US').geonameId, organisation: 'Dayton Sister Cities', preferredRegion: 'Western' });
  });
  afterAll(() => door.close());

  it('lists every inquiry for staff, as the API shape, newest first, with Content-Range', async () => {
    const marcus = await door.as(MARCUS);
    const { status, json, headers } = await marcus('GET', '/inquiries');
    expect(status).toBe(200);
    expect(json.map((row: { id: number }) => row.id)).toEqual([dayton.id, cairo.id, accra.id]);
    expect(headers.get('content-range')).toBe('inquiries 0-2/3');
    expect(json[2]).toEqual({
      id: accra.id,
      version: 1,
      createdAt: accra.createdAt,
      updatedAt: accra.createdAt,
      side: 'africa',
      organisation: 'Ébène Arts Collective',
      contactName: accra.contactName,
      role: null,
      email: accra.email,
      phone: null,
      geonameId: place('Accra').geonameId,
      cityName: 'Accra',
      country: 'GH',
      admin1: place('Accra').admin1,
      region: 'Western',
      focusAreas: ['arts_culture'],
      preferredRegion: null,
      preferredCity: null,
      message: 'We would love a partner city.',
      locale: 'en',
      status: 'new',
      notes: null,
      cityId: null,
      partnershipId: null,
      convertedAt: null,
    });
  });

  it('filters by status, side, region and text (accents and case aside), sorts by text keys, and refuses unknown fields', async () => {
    const marcus = await door.as(MARCUS);
    expect(ids((await marcus('GET', `/inquiries${query({ filter: { side: 'us' } })}`)).json)).toEqual([dayton.id]);
    expect(ids((await marcus('GET', `/inquiries${query({ filter: { region: ['Western', 'Northern'] } })}`)).json)).toEqual([accra.id, cairo.id]);
    expect(ids((await marcus('GET', `/inquiries${query({ filter: { q: 'EBENE' } })}`)).json)).toEqual([accra.id]);
    expect(ids((await marcus('GET', `/inquiries${query({ filter: { status: 'contacted' } })}`)).json)).toEqual([]);
    const sorted = (await marcus('GET', `/inquiries${query({ sort: ['organisation', 'ASC'], range: [0, 1] })}`));
    expect(sorted.json.map((row: { organisation: string }) => row.organisation)).toEqual(['Dayton Sister Cities', 'Ébène Arts Collective']);
    expect(sorted.headers.get('content-range')).toBe('inquiries 0-1/3');
    expect((await marcus('GET', `/inquiries${query({ filter: { cityKey: 'x' } })}`)).status).toBe(400);
    expect((await marcus('GET', `/inquiries${query({ sort: ['emailKey', 'ASC'] })}`)).status).toBe(400);
  });

  it('shows a coordinator only the inquiries of their region: the city’s, or the partner region a US city asked for', async () => {
    const abena = await door.as(ABENA);
    const list = await abena('GET', `/inquiries${query({ range: [0, 9] })}`);
    expect(ids(list.json)).toEqual([accra.id, dayton.id]);
    expect(list.headers.get('content-range')).toBe('inquiries 0-1/2');
    // Asking for more does not widen the cut.
    expect(ids((await abena('GET', `/inquiries${query({ filter: { region: 'Northern' } })}`)).json)).toEqual([]);
    expect((await abena('GET', `/inquiries/${dayton.id}`)).json).toMatchObject({ id: dayton.id, organisation: 'Dayton Sister Cities' });
    expect(await abena('GET', `/inquiries/${cairo.id}`)).toMatchObject(FORBIDDEN);
    expect(ids((await (await door.as(YOUSSEF))('GET', '/inquiries')).json)).toEqual([cairo.id]);
    expect((await abena('GET', '/inquiries/999999')).status).toBe(404);
  });

  it('refuses leadership the people behind the inquiries: no list, no record', async () => {
    const robert = await door.as(LEADERSHIP);
    expect(await robert('GET', '/inquiries')).toMatchObject(FORBIDDEN);
    expect(await robert('GET', `/inquiries/${accra.id}`)).toMatchObject(FORBIDDEN);
    expect(await robert('PUT', `/inquiries/${accra.id}`, { version: 1, status: 'contacted' })).toMatchObject(FORBIDDEN);
    expect(await robert('GET', '/inquiries/999999')).toMatchObject(FORBIDDEN);
  });

  it('lets nobody create one but the public page', async () => {
    expect(await (await door.as(1))('POST', '/inquiries', { side: 'africa' })).toMatchObject(FORBIDDEN);
  });

  it('triages with a version: status and notes change, nothing the visitor sent; a stale version is 409, changing nothing', async () => {
    const inquiry = await door.inquiry();
    const marcus = await door.as(MARCUS);
    expect((await marcus('PUT', `/inquiries/${inquiry.id}`, { status: 'contacted' })).json.errors).toEqual({ version: 'app.validation.required' });
    const changed = await marcus('PUT', `/inquiries/${inquiry.id}`, { ...inquiry, status: 'contacted', notes: 'Called Ama on Monday', email: 'other@example.org', region: 'Northern' });
    expect(changed).toMatchObject({ status: 200, json: { ...inquiry, status: 'contacted', notes: 'Called Ama on Monday', version: 2, updatedAt: changed.json.updatedAt } });
    const revision = await door.revision();
    const stale = await marcus('PUT', `/inquiries/${inquiry.id}`, { ...inquiry, status: 'declined' });
    expect(stale).toMatchObject({ status: 409, json: { message: 'app.error.conflict' } });
    expect((await marcus('GET', `/inquiries/${inquiry.id}`)).json).toEqual(changed.json);
    expect(await door.revision()).toEqual(revision);
    // The notes are searched by their folded key.
    expect(ids((await marcus('GET', `/inquiries${query({ filter: { q: 'called AMA' } })}`)).json)).toEqual([inquiry.id]);
  });

  it('keeps "converted" for the conversion: a PUT cannot set it, nor take a converted inquiry back', async () => {
    const inquiry = await door.inquiry();
    const marcus = await door.as(MARCUS);
    expect(await marcus('PUT', `/inquiries/${inquiry.id}`, { version: 1, status: 'converted' })).toMatchObject({
      status: 400,
      json: { message: 'app.error.invalid', errors: { status: 'resources.inquiries.refused.convertToConvert' } },
    });
    const converted = await marcus('POST', `/inquiries/${inquiry.id}/convert`, { version: 1, geonameId: place('Accra').geonameId });
    expect(converted.json.status).toBe('converted');
    expect(await marcus('PUT', `/inquiries/${inquiry.id}`, { version: 2, status: 'contacted' })).toMatchObject({
      status: 400,
      json: { errors: { status: 'resources.inquiries.refused.stayConverted' } },
    });
    // Its notes remain the team's to keep.
    expect(await marcus('PUT', `/inquiries/${inquiry.id}`, { version: 2, status: 'converted', notes: 'Handed to the Western desk' })).toMatchObject({ status: 200, json: { version: 3 } });
  });

  it('lets a coordinator triage their region’s inquiries and no other, and never delete', async () => {
    const mine = await door.inquiry();
    const theirs = await door.inquiry({ geonameId: place('Cairo', 'EG').geonameId });
    const abena = await door.as(ABENA);
    expect(await abena('PUT', `/inquiries/${mine.id}`, { version: 1, status: 'contacted' })).toMatchObject({ status: 200, json: { status: 'contacted' } });
    expect(await abena('PUT', `/inquiries/${theirs.id}`, { version: 1, status: 'declined' })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/inquiries/${mine.id}`)).toMatchObject(FORBIDDEN);
    expect((await (await door.as(MARCUS))('GET', `/inquiries/${theirs.id}`)).json).toEqual(theirs);
  });

  it('deletes for staff, with If-Match; a stale one is 409', async () => {
    const inquiry = await door.inquiry();
    const marcus = await door.as(MARCUS);
    expect((await marcus('DELETE', `/inquiries/${inquiry.id}`, undefined, { 'If-Match': '"7"' })).status).toBe(409);
    expect(await marcus('DELETE', `/inquiries/${inquiry.id}`, undefined, { 'If-Match': '"1"' })).toMatchObject({ status: 200, json: inquiry });
    expect((await marcus('GET', `/inquiries/${inquiry.id}`)).status).toBe(404);
  });

  it('writes one audit row per change, in the staff member’s name, without the personal values', async () => {
    const inquiry = await door.inquiry();
    const marcus = await door.as(MARCUS);
    await marcus('PUT', `/inquiries/${inquiry.id}`, { version: 1, status: 'contacted', notes: 'Phone +233 20 000 0000' });
    await marcus('PUT', `/inquiries/${inquiry.id}`, { version: 2, notes: 'Phone +233 20 111 1111' });
    const rows = await door.db.selectFrom('audit').selectAll().where('resource', '=', 'inquiries').where('recordId', '=', inquiry.id).orderBy('id').execute();
    expect(rows.map((row) => [row.action, row.userId])).toEqual([['create', null], ['update', MARCUS], ['update', MARCUS]]);
    expect(JSON.parse(rows[1]!.changes)).toEqual({ status: { before: 'new', after: 'contacted' }, notes: { before: null, after: SECRET } });
    expect(JSON.parse(rows[2]!.changes)).toEqual({ notes: { before: SECRET, after: SECRET } });
    expect(rows.map((row) => row.changes).join()).not.toMatch(/\+233|example\.org|Ama Owusu/);
    // What every signed-in user reads of a record's history.
    const history = await (await door.as(LEADERSHIP))('GET', `/audit${query({ filter: { resource: 'inquiries', recordId: inquiry.id } })}`);
    expect(history.text).not.toMatch(/\+233|example\.org|Ama Owusu/);
  });
});
