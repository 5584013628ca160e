import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, TEST_TODAY, type TestServer } from './testServer';

const TOMORROW = addDays(TEST_TODAY, 1);

describe.each(TEST_BACKENDS)('the dates of a partnership on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const counted = async () => (await api.call('GET', '/stats/progress')).json.counted as number;

  it('refuses a signing date after today, next to the field, and counts nothing', async () => {
    const draft = await api.draft({ stage: 'signed', signedAt: '2027-03-01' });
    const before = await counted();
    const revision = await api.revision();
    const created = await api.call('POST', '/partnerships', draft);
    expect(created).toMatchObject({ status: 400, json: { message: 'app.error.invalid', errors: { signedAt: 'app.validation.afterToday' } } });
    const tomorrow = await api.call('POST', '/partnerships', { ...draft, signedAt: TOMORROW });
    expect(tomorrow.json.errors).toEqual({ signedAt: 'app.validation.afterToday' });
    expect(await api.revision()).toBe(revision);
    expect(await counted()).toBe(before);
  });

  it('accepts a signing date of today and counts it at once', async () => {
    const before = await counted();
    await api.create('partnerships', await api.draft({ stage: 'signed', signedAt: TEST_TODAY }));
    expect(await counted()).toBe(before + 1);
  });

  it('refuses a first contact or a recognition after today, on create and on update', async () => {
    const contact = await api.call('POST', '/partnerships', await api.draft({ firstContactAt: '2030-01-01' }));
    expect(contact).toMatchObject({ status: 400, json: { errors: { firstContactAt: 'app.validation.afterToday' } } });
    const p = await api.create('partnerships', await api.draft({ stage: 'active', firstContactAt: '2024-01-10', signedAt: '2025-05-01' }));
    const recognised = await api.call('PUT', `/partnerships/${p.id}`, { ...p, sciRecognizedAt: TOMORROW });
    expect(recognised).toMatchObject({ status: 400, json: { errors: { sciRecognizedAt: 'app.validation.afterToday' } } });
    expect((await api.call('GET', `/partnerships/${p.id}`)).json).toEqual(p);
  });

  it('keeps the dates in their natural order: first contact, signed, recognised', async () => {
    const draft = await api.draft({ stage: 'signed', firstContactAt: '2025-06-01', signedAt: '2025-09-01' });
    const signedFirst = await api.call('POST', '/partnerships', { ...draft, signedAt: '2025-05-01' });
    expect(signedFirst.json.errors).toEqual({ signedAt: 'app.validation.signedBeforeContact' });
    const recognisedFirst = await api.call('POST', '/partnerships', { ...draft, sciRecognizedAt: '2025-08-01' });
    expect(recognisedFirst.json.errors).toEqual({ sciRecognizedAt: 'app.validation.recognizedBeforeSigned' });
    const beforeContact = await api.call('POST', '/partnerships', { ...draft, stage: 'interest', signedAt: null, sciRecognizedAt: '2025-01-01' });
    expect(beforeContact.json.errors).toEqual({ sciRecognizedAt: 'app.validation.recognizedBeforeContact' });
    expect((await api.call('POST', '/partnerships', { ...draft, sciRecognizedAt: '2025-10-01' })).status).toBe(201);
  });
});
