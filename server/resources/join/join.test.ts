import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_LIMITS } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { JOIN_RATE } from './rateLimit';
import { createFrontDoor, place, type FrontDoor } from './testFrontDoor';

const RECEIVED = { status: 202, json: { received: true } };
const invalid = (errors: Record<string, string>) => ({ status: 400, json: { message: 'app.error.invalid', errors } });

describe.each(TEST_BACKENDS)('the public sign-up, /api/join, on %s', (backend) => {
  let door: FrontDoor;
  beforeAll(async () => {
    door = await createFrontDoor(backend);
  });
  afterAll(() => door.close());
  // Every test starts in fresh rate-limit windows.
  beforeEach(() => door.advance(JOIN_RATE.windowMs));

  /** A refusal must leave no inquiry and no count behind. */
  async function expectNothingKept(work: () => Promise<unknown>) {
    const [inquiries, limits, audit] = [await door.count('inquiries'), await door.count('joinLimits'), await door.count('audit')];
    await work();
    expect([await door.count('inquiries'), await door.count('joinLimits'), await door.count('audit')]).toEqual([inquiries, limits, audit]);
  }

  describe('the stamp and the places', () => {
    it('gives a signed stamp of the moment, without a cookie, not to be kept by caches', async () => {
      const { status, json, headers } = await door.request('GET', '/join/start');
      expect(status).toBe(200);
      expect(Object.keys(json)).toEqual(['token']);
      expect(json.token).toMatch(new RegExp(`^${Date.parse(door.now())}\\.[\\w-]{43}$`));
      expect(headers.get('set-cookie')).toBeNull();
      expect(headers.get('cache-control')).toBe('no-store');
    });

    it('looks up at most 8 gazetteer cities of one side, accents and case aside, with their public facts only', async () => {
      const lome = await door.request('GET', '/join/places?side=africa&q=LOME');
      expect(lome.status).toBe(200);
      const togo = place('Lomé');
      expect(lome.json[0]).toEqual({ geonameId: togo.geonameId, name: 'Lomé', country: 'TG', admin1: togo.admin1 || null, population: togo.population });
      const many = (await door.request('GET', '/join/places?side=us&q=an')).json as Array<{ country: string }>;
      expect(many).toHaveLength(8);
      expect(many.every((city) => city.country === 'US')).toBe(true);
      expect((await door.request('GET', '/join/places?side=africa&q=Dayton')).json).toEqual([]);
    });

    it('refuses a look-up without a side, or with a query under 2 or over 60 characters', async () => {
      expect(await door.request('GET', '/join/places?q=acc')).toMatchObject(invalid({ side: 'app.validation.choice' }));
      expect(await door.request('GET', '/join/places?side=europe&q=acc')).toMatchObject(invalid({ side: 'app.validation.choice' }));
      expect(await door.request('GET', '/join/places?side=africa&q=a')).toMatchObject(invalid({ q: 'app.validation.required' }));
      expect(await door.request('GET', '/join/places?side=africa')).toMatchObject(invalid({ q: 'app.validation.required' }));
      expect(await door.request('GET', `/join/places?side=africa&q=${'a'.repeat(61)}`)).toMatchObject(invalid({ q: 'app.validation.tooLong' }));
    });
  });

  describe('a sign-up', () => {
    it('is stored as a new inquiry with the gazetteer city’s own facts, and answers only that it arrived', async () => {
      const body = await door.signUpBody({ cityName: 'Typed over', country: 'EG', focusAreas: ['youth_education', 'arts_culture', 'youth_education'], preferredRegion: 'Midwest' });
      const revision = await door.revision();
      const answer = await door.signUp(body);
      expect(answer).toMatchObject(RECEIVED);
      expect(answer.text).toBe('{"received":true}');
      expect(answer.headers.get('set-cookie')).toBeNull();
      const row = await door.db.selectFrom('inquiries').selectAll().where('email', '=', body.email).executeTakeFirstOrThrow();
      const accra = place('Accra');
      expect(row).toMatchObject({
        side: 'africa',
        organisation: body.organisation,
        cityName: 'Accra',
        country: 'GH',
        geonameId: accra.geonameId,
        region: 'Western',
        cityKey: `g:${accra.geonameId}`,
        focusAreas: '["youth_education","arts_culture"]',
        preferredRegion: 'Midwest',
        locale: 'en',
        status: 'new',
        version: 1,
        createdAt: door.now(),
        emailKey: body.email,
      });
      expect((await door.revision()).inquiries).toBe(revision.inquiries + 1);
      // The public is no user; the history holds no personal value.
      const audit = await door.db.selectFrom('audit').selectAll().where('resource', '=', 'inquiries').where('recordId', '=', row.id).execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'create', userId: null, userName: null });
      expect(audit[0]!.changes).not.toContain(body.email);
      expect(audit[0]!.changes).not.toContain(body.contactName);
      expect(JSON.parse(audit[0]!.changes).organisation).toEqual({ before: null, after: body.organisation });
    });

    it('takes a typed city, its region from the country (and the state, in the US), keyed by its folded name', async () => {
      const african = await door.signUpBody({ geonameId: null, cityName: 'Ségou', country: 'ML', email: 'Moussa@Example.org' });
      expect(await door.signUp(african)).toMatchObject(RECEIVED);
      expect(await door.db.selectFrom('inquiries').selectAll().where('email', '=', 'Moussa@Example.org').executeTakeFirstOrThrow()).toMatchObject({
        cityName: 'Ségou',
        country: 'ML',
        region: 'Western',
        geonameId: null,
        cityKey: 't:segou|ML',
        emailKey: 'moussa@example.org',
      });
      const american = await door.signUpBody({ side: 'us', geonameId: null, cityName: 'Dayton', country: 'US', admin1: 'OH', preferredRegion: 'Eastern' });
      expect(await door.signUp(american)).toMatchObject(RECEIVED);
      expect(await door.db.selectFrom('inquiries').select(['region', 'preferredRegion']).where('email', '=', american.email).executeTakeFirstOrThrow()).toEqual({ region: 'Midwest', preferredRegion: 'Eastern' });
    });

    it('refuses each field the schema refuses, by name, storing and counting nothing', async () => {
      await expectNothingKept(async () => {
        const refusals: Array<[Record<string, unknown>, Record<string, string>]> = [
          [{ consent: false }, { consent: 'join.validation.consent' }],
          [{ email: 'not an e-mail', organisation: '' }, { email: 'app.validation.email', organisation: 'app.validation.required' }],
          [{ geonameId: null, cityName: 'Cairo', country: 'FR' }, { country: 'join.validation.countryOfSide' }],
          [{ geonameId: null, cityName: 'Dayton', country: 'US', side: 'us' }, { admin1: 'app.validation.usState' }],
          [{ geonameId: null }, { cityName: 'app.validation.required', country: 'app.validation.required' }],
          [{ geonameId: 999999999 }, { geonameId: 'app.validation.unknownCity' }],
          [{ geonameId: place('Dayton', 'US').geonameId }, { geonameId: 'join.validation.countryOfSide' }],
          [{ preferredRegion: 'Western' }, { preferredRegion: 'app.validation.choice' }],
          [{ message: 'x'.repeat(JOIN_LIMITS.message + 1) }, { message: 'app.validation.tooLong' }],
          [{ focusAreas: ['fishing'] }, { focusAreas: 'app.validation.choice' }],
          [{ phone: 'call me' }, { phone: 'app.validation.phone' }],
          [{ side: 'europe', geonameId: null, cityName: 'Lyon', country: 'FR' }, { side: 'app.validation.choice' }],
          [{ contactName: 42 }, { contactName: 'app.validation.text' }],
        ];
        for (const [overrides, errors] of refusals) {
          const answer = await door.signUp(await door.signUpBody(overrides));
          expect({ overrides, status: answer.status, json: answer.json }).toMatchObject({ overrides, ...invalid(errors) });
          expect(Object.keys(answer.json.errors).sort()).toEqual(Object.keys(errors).sort());
        }
      });
    });

    it('refuses a body over its limit with 413, whether or not its length is declared, and anything but a JSON object', async () => {
      await expectNothingKept(async () => {
        const huge = JSON.stringify(await door.signUpBody({ message: 'x'.repeat(JOIN_LIMITS.bodyBytes) }));
        expect(await door.signUp(huge)).toMatchObject({ status: 413, json: { message: 'join.error.tooLarge' } });
        expect(await door.signUp(huge, null, { 'Content-Length': String(huge.length) })).toMatchObject({ status: 413, json: { message: 'join.error.tooLarge' } });
        const fields = new URLSearchParams({ email: 'a@example.org' }).toString();
        expect((await door.signUp(fields, null, { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
        expect((await door.signUp('{"side": ')).status).toBe(400);
        expect((await door.signUp('[1,2]')).status).toBe(400);
        const unstorable = await door.signUp(await door.signUpBody({ organisation: 'a\u0000b', 'evil\u0000key': 1 }));
        expect(unstorable).toMatchObject({ status: 400, json: { message: 'app.error.invalid' } });
        expect(Object.keys(unstorable.json.errors ?? {}).every((field) => field === 'organisation')).toBe(true);
      });
    });

    it('answers a filled trap field exactly as a success, and keeps and counts nothing', async () => {
      await expectNothingKept(async () => {
        const answer = await door.signUp({ ...(await door.signUpBody()), url2: 'https://spam.example' });
        expect(answer).toMatchObject(RECEIVED);
        expect(answer.text).toBe('{"received":true}');
        expect(answer.headers.get('set-cookie')).toBeNull();
        // Even an instant robot with no stamp.
        expect(await door.signUp({ url2: 'x' })).toMatchObject(RECEIVED);
      });
    });

    it('refuses a missing or forged stamp, one younger than the least fill time, and one too old', async () => {
      await expectNothingKept(async () => {
        const body = await door.signUpBody();
        const stamp = (await door.signUp({ ...body, token: undefined })).json;
        expect(stamp).toEqual({ message: 'join.error.stamp' });
        const [at, signature] = body.token.split('.') as [string, string];
        const forgeries = [`${Number(at) - 60_000}.${signature}`, `${at}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`, 'garbage', `${at}.`];
        for (const token of forgeries) expect({ token, answer: (await door.signUp({ ...body, token })).json }).toEqual({ token, answer: { message: 'join.error.stamp' } });

        const { json: fresh } = await door.request('GET', '/join/start');
        door.advance(JOIN_LIMITS.minFillMs - 1);
        expect(await door.signUp({ ...body, token: fresh.token })).toMatchObject({ status: 400, json: { message: 'join.error.tooFast' } });
        door.advance(JOIN_LIMITS.maxFillMs);
        expect(await door.signUp({ ...body, token: fresh.token })).toMatchObject({ status: 400, json: { message: 'join.error.expired' } });
      });
      // A stamp at its last valid moment.
      const body = await door.signUpBody();
      const { json } = await door.request('GET', '/join/start');
      door.advance(JOIN_LIMITS.maxFillMs);
      expect(await door.signUp({ ...body, token: json.token })).toMatchObject(RECEIVED);
    });

    it('takes the same e-mail and city once a day, answering the repeat alike; a new day, or another city, is a new sign-up', async () => {
      const body = await door.signUpBody({ email: 'kofi@example.org' });
      expect(await door.signUp(body)).toMatchObject(RECEIVED);
      const stored = await door.count('inquiries');
      const repeat = await door.signUp({ ...body, email: 'KOFI@example.org', organisation: 'Another name', token: await door.token() });
      expect(repeat).toMatchObject(RECEIVED);
      expect(repeat.text).toBe('{"received":true}');
      expect(await door.count('inquiries')).toBe(stored);
      expect(await door.signUp({ ...body, geonameId: place('Kumasi').geonameId, token: await door.token() })).toMatchObject(RECEIVED);
      expect(await door.count('inquiries')).toBe(stored + 1);
      door.advance(JOIN_LIMITS.sameSignUpMs);
      expect(await door.signUp({ ...body, token: await door.token() })).toMatchObject(RECEIVED);
      expect(await door.count('inquiries')).toBe(stored + 2);
    });

    it('sets no cookie and begins no session, and an inquiry cannot be read without one', async () => {
      const sessions = await door.count('sessions');
      const answer = await door.signUp(await door.signUpBody());
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect(await door.count('sessions')).toBe(sessions);
      expect((await door.request('GET', '/inquiries')).status).toBe(401);
      expect((await door.request('GET', '/inquiries/1')).status).toBe(401);
      expect((await door.request('GET', '/cities')).status).toBe(401);
    });

    it('answers nothing of the product nor of what was sent, whatever is sent', async () => {
      const body = await door.signUpBody({ organisation: 'Unmistakable Org Name', contactName: 'Unmistakable Person' });
      const answers = [
        await door.signUp(body),
        await door.signUp({ ...body, consent: false }),
        await door.signUp({ ...body, token: 'forged.stamp' }),
        await door.signUp({ ...body, geonameId: 123456789 }),
        await door.request('GET', `/join/places?side=africa&q=${encodeURIComponent('Unmistakable')}`),
      ];
      for (const answer of answers) {
        expect(answer.text).not.toMatch(/Unmistakable|example\.org|"id"|cityId|partnership/i);
      }
    });
  });

  describe('the rate limits', () => {
    it('takes 5 sign-ups an hour from one address, then 429 with the seconds until its window ends; another address goes on', async () => {
      const address = '198.51.100.20';
      for (let i = 0; i < JOIN_RATE.perAddress; i++) expect(await door.signUp(await door.signUpBody(), address)).toMatchObject(RECEIVED);
      const stored = await door.count('inquiries');
      const body = await door.signUpBody();
      const refused = await door.signUp(body, address);
      expect(refused).toMatchObject({ status: 429, json: { message: 'join.error.tooMany' } });
      // The window began with the first sign-up, five forms' filling ago (testFrontDoor's token()).
      const sinceFirst = JOIN_RATE.perAddress * (JOIN_LIMITS.minFillMs + 1000);
      expect(refused.headers.get('retry-after')).toBe(String((JOIN_RATE.windowMs - sinceFirst) / 1000));
      expect(await door.count('inquiries')).toBe(stored);
      expect(await door.signUp(body, '198.51.100.21')).toMatchObject(RECEIVED);
      // The window ends: the address may sign up again.
      door.advance(Number(refused.headers.get('retry-after')) * 1000);
      expect(await door.signUp(await door.signUpBody(), address)).toMatchObject(RECEIVED);
    });

    it('counts only sign-ups that pass every check: refused bodies neither count nor fill the table', async () => {
      const address = '198.51.100.30';
      const limits = await door.count('joinLimits');
      for (let i = 0; i < 20; i++) {
        expect((await door.signUp({ ...(await door.signUpBody()), consent: false }, address)).status).toBe(400);
        expect((await door.signUp({ ...(await door.signUpBody()), token: 'x' }, `198.51.100.${100 + i}`)).status).toBe(400);
      }
      expect(await door.count('joinLimits')).toBe(limits);
      for (let i = 0; i < JOIN_RATE.perAddress; i++) expect(await door.signUp(await door.signUpBody(), address)).toMatchObject(RECEIVED);
    });

    it('keeps no address, only a keyed digest of it, and forgets windows an hour old', async () => {
      await door.signUp(await door.signUpBody(), '192.0.2.55');
      const keys = (await door.db.selectFrom('joinLimits').select('key').execute()).map((row) => row.key);
      expect(keys.some((key) => key.includes('192.0.2.55'))).toBe(false);
      expect(keys).toContain('all');
      door.advance(JOIN_RATE.windowMs);
      await door.signUp(await door.signUpBody(), '192.0.2.56');
      expect(await door.count('joinLimits')).toBe(2);
    });

    it('takes 300 sign-ups an hour from everyone, counting those with no address, then 429 for any address', async () => {
      for (let i = 0; i < JOIN_RATE.overall; i++) {
        const address = i % 2 === 0 ? null : `10.0.${Math.floor(i / 250)}.${i % 250}`;
        expect((await door.signUp(await door.signUpBody(), address)).status).toBe(202);
      }
      const stored = await door.count('inquiries');
      const refused = await door.signUp(await door.signUpBody(), '10.9.9.9');
      expect(refused).toMatchObject({ status: 429, json: { message: 'join.error.tooMany' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await door.signUp(await door.signUpBody(), null)).status).toBe(429);
      expect(await door.count('inquiries')).toBe(stored);
      door.advance(Number(refused.headers.get('retry-after')) * 1000);
      expect(await door.signUp(await door.signUpBody(), '10.9.9.9')).toMatchObject(RECEIVED);
    }, 60_000);
  });
});
