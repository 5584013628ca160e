import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';

const api = useMockApi();

describe('POST /api/:resource', () => {
  it('stores a valid record with its derived fields and meta, whatever the body says of them', async () => {
    const { status, json } = await callApi('POST', '/cities', {
      name: 'Testville',
      country: 'US',
      admin1: 'OH',
      side: 'africa',
      region: 'Western',
      id: 1,
      version: 99,
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({ name: 'Testville', side: 'us', region: 'Midwest', version: 1, languages: [], contactEmail: null });
    expect(json.id).toBeGreaterThan(api.all('cities').length - 1);
    expect(api.get('cities', json.id)).toEqual(json);
  });

  it('answers field errors with the schema message keys', async () => {
    const { status, json } = await callApi('POST', '/cities', { name: '', country: 'FR', contactEmail: 'nope' });
    expect(status).toBe(400);
    expect(json).toEqual({
      message: 'app.error.invalid',
      errors: { name: 'app.validation.required', contactEmail: 'app.validation.email', country: 'app.validation.countryNotInScope' },
    });
  });

  it('refuses malformed JSON and bodies that are not objects', async () => {
    const before = api.all('programs').length;
    expect((await callApi('POST', '/programs', '{"title": ')).status).toBe(400);
    expect((await callApi('POST', '/programs', [1, 2])).status).toBe(400);
    expect((await callApi('POST', '/programs', 'null')).status).toBe(400);
    const form = await callApi('POST', '/programs', 'title=T', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(api.all('programs')).toHaveLength(before);
  });

  it('refuses links to records that do not exist', async () => {
    const { json } = await callApi('POST', '/programs', { kind: 'exchange', title: 'T', cycleYear: 2026, status: 'open', cityIds: [999999] });
    expect(json.errors).toEqual({ cityIds: 'app.validation.unknownCity' });
  });
});

describe('PUT /api/:resource/:id', () => {
  it('writes the changes, keeps what the body leaves out and counts the version up', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH', contactName: 'Kofi Mensah' });
    const { status, json } = await callApi('PUT', `/cities/${city.id}`, { version: 1, notes: 'Met at the summit', createdAt: '1999-01-01T00:00:00Z' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ notes: 'Met at the summit', contactName: 'Kofi Mensah', version: 2, createdAt: city.createdAt });
  });

  it('needs the version the client read', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    const { status, json } = await callApi('PUT', `/cities/${city.id}`, { name: 'Other' });
    expect(status).toBe(400);
    expect(json.errors).toEqual({ version: 'app.validation.required' });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    api.update('cities', city.id, { notes: 'first writer' });
    const { status, json } = await callApi('PUT', `/cities/${city.id}`, { ...city, notes: 'second writer' });
    expect(status).toBe(409);
    expect(json).toEqual({ message: 'app.error.conflict' });
    expect(api.get('cities', city.id)).toMatchObject({ notes: 'first writer', version: 2 });
  });

  it('answers field errors and changes nothing', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    const { json } = await callApi('PUT', `/cities/${city.id}`, { version: 1, population: -5 });
    expect(json.errors).toEqual({ population: 'app.validation.positive' });
    expect(api.get('cities', city.id)).toEqual(city);
  });

  it('keeps a city in partnerships on its side', async () => {
    const p = api.get('partnerships', 1)!;
    const { json } = await callApi('PUT', `/cities/${p.africanCityId}`, { version: 1, country: 'US', admin1: 'TX' });
    expect(json.errors).toEqual({ country: 'app.validation.sameSide' });
  });
});

describe('DELETE /api/:resource/:id', () => {
  it('deletes and returns the record; a stale If-Match is refused with 409', async () => {
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    api.update('cities', city.id, { notes: 'changed' });
    const stale = await callApi('DELETE', `/cities/${city.id}`, undefined, { 'If-Match': '"1"' });
    expect(stale.status).toBe(409);
    expect(api.get('cities', city.id)).toBeDefined();
    const { status, json } = await callApi('DELETE', `/cities/${city.id}`, undefined, { 'If-Match': '"2"' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: city.id, notes: 'changed' });
    expect((await callApi('GET', `/cities/${city.id}`)).status).toBe(404);
  });

  it('keeps a city that partnerships refer to', async () => {
    const p = api.get('partnerships', 1)!;
    expect(await callApi('DELETE', `/cities/${p.usCityId}`)).toMatchObject({ status: 400, json: { message: 'app.error.cityInUse' } });
    expect(api.get('cities', p.usCityId)).toBeDefined();
  });

  it('takes a deleted partnership off the events and programs that listed it', async () => {
    const event = api.all('events').find((e) => e.partnershipIds.length > 0)!;
    const id = event.partnershipIds[0]!;
    expect((await callApi('DELETE', `/partnerships/${id}`)).status).toBe(200);
    expect(api.get('events', event.id)!.partnershipIds).not.toContain(id);
    expect(api.all('programs').some((p) => p.partnershipIds.includes(id))).toBe(false);
  });
});
