// @vitest-environment node
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../src/domain/validationKey';
import { joinRequestSchema } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createFrontDoor, place, type FrontDoor } from './testFrontDoor';

/*
 * Generated and hostile sign-ups (the house style of server/api.fuzz.test.ts): arbitrary JSON,
 * strings, huge fields, wrong types and odd headers. None may fail with a 5xx; every answer is
 * `{received}` or a refusal made of translation keys and the form's own field names (nothing
 * echoed); no answer sets a cookie; and a refused request keeps nothing, not even a count.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
const FIELDS = Object.keys(joinRequestSchema.shape);
/** The sentences readBody answers with where there is no field to name. */
const BODY_SENTENCES = new Set([
  'The request body must be JSON (Content-Type: application/json).',
  'The request body is not valid JSON.',
  'The request body must be a JSON object.',
]);

const key = fc.oneof(fc.constantFrom(...FIELDS, '__proto__', 'constructor', 'toString', 'id', 'status', 'cityId', 'evil\u0000'), fc.string({ maxLength: 10 }));
const HOSTILE = [
  1e21, -1, 0, 1.5, 2 ** 31, Number.MAX_VALUE, -0, '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', 'true', 'null', 'NaN', '2026-13-45',
  "'; drop table inquiries; --", '<script>alert(1)</script>', 'Ségou', 'africa', 'us', 'US', 'GH', 'OH', 'Western', 'Midwest', 'arts_culture', 'a@b.co', 'ama@example.org',
];
const huge = fc.constantFrom(100, 121, 2001, 5000, 16 * 1024, 40_000).map((length) => 'x'.repeat(length));
const scalar = fc.oneof(fc.constantFrom(...HOSTILE), huge, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ unit: 'binary', maxLength: 20 }), fc.boolean(), fc.constant(null));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
}));
const deep = fc.integer({ min: 1000, max: 20000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', ''];
const headers = fc.record(
  {
    'Content-Type': fc.constantFrom(...CONTENT_TYPES),
    Origin: fc.constantFrom('http://localhost', 'https://evil.example', 'null'),
    'X-Test-Address': fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('', '::1', 'unknown', 'x'.repeat(300))),
    Cookie: fc.constantFrom('sid=garbage', 'sid=', 'other=1'),
    Accept: fc.constantFrom('*/*', 'text/html', 'application/json'),
  },
  { requiredKeys: [] },
);

/** A body whose hidden field is filled: answered as received, never stored. */
function isTrap(text: string): boolean {
  try {
    const sent = JSON.parse(text);
    return typeof sent?.url2 === 'string' && sent.url2.trim() !== '';
  } catch {
    return false;
  }
}

/** Only `{received}`, or a message key with the form's own field names: nothing of what was sent. */
function isShaped(status: number, answer: any, fields: readonly string[] = FIELDS): boolean {
  if (status === 202) return JSON.stringify(answer) === '{"received":true}';
  const keys = Object.keys(answer ?? {});
  if (!keys.every((k) => k === 'message' || k === 'errors') || typeof answer.message !== 'string') return false;
  if (!isMessageKey(answer.message) && !BODY_SENTENCES.has(answer.message)) return false;
  return Object.entries(answer.errors ?? {}).every(([field, message]) => fields.includes(field) && typeof message === 'string' && isMessageKey(message));
}

describe.each(TEST_BACKENDS)('POST /api/join on %s, fed generated and hostile sign-ups', (backend) => {
  let door: FrontDoor;
  let token = '';
  beforeAll(async () => {
    door = await createFrontDoor(backend);
    // One stamp, old enough for the whole run (the clock stands still from here).
    token = await door.token();
  });
  afterAll(() => door.close());

  /** A valid sign-up, some of whose fields are replaced or added: often still valid, often not. */
  const replaced = fc.oneof(fc.constant({}), fc.dictionary(key, value, { maxKeys: 3 }));
  const signUps = fc.tuple(fc.nat({ max: 400 }), replaced).map(([person, changes]) => ({
    side: 'africa',
    organisation: 'Accra Youth Trust',
    contactName: 'Ama Owusu',
    email: `ama${person}@example.org`,
    geonameId: place('Accra').geonameId,
    focusAreas: ['youth_education'],
    consent: true,
    token,
    ...changes,
  }));
  const body = fc.oneof(
    { weight: 4, arbitrary: signUps.map((object) => JSON.stringify(object)) },
    { weight: 2, arbitrary: fc.dictionary(key, value, { maxKeys: 6 }).map((object) => JSON.stringify(object)) },
    { weight: 1, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.oneof(deep, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', '{', 'null', '[]', '{"__proto__": {"status": "converted"}}', '{"url2": 5}')) },
  );

  /** What a refusal must leave as it was: the inquiries and the rate-limit windows, to the row. */
  async function fingerprint() {
    const limits = await door.db.selectFrom('joinLimits').selectAll().orderBy('key').execute();
    return JSON.stringify([await door.count('inquiries'), await door.count('audit'), limits]);
  }

  it(`answers no sign-up with a 5xx, nothing echoed, no cookie, and keeps nothing it refused (${RUNS} requests per run)`, async () => {
    const tally = { stored: 0, received: 0, refused: 0 };
    const problems: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(body, headers, fc.boolean(), async (text, sent, declareLength) => {
        const before = await fingerprint();
        const stored = await door.count('inquiries');
        const length: Record<string, string> = declareLength ? { 'Content-Length': String(new TextEncoder().encode(text).length) } : {};
        const response = await door.request('POST', '/join', { body: text, headers: { ...(sent as Record<string, string>), ...length } });
        const what = { status: response.status, body: text.slice(0, 200), headers: sent, answer: response.text.slice(0, 200) };
        let answer: unknown;
        try {
          answer = JSON.parse(response.text);
        } catch {
          answer = undefined;
        }
        if (response.status >= 500 || !isShaped(response.status, answer)) problems.push(what);
        if (response.headers.get('set-cookie') !== null) problems.push({ ...what, cookie: true });
        if (response.status === 202) {
          tally.received += 1;
          const added = (await door.count('inquiries')) - stored;
          if (added > 1 || (added === 1 && isTrap(text))) problems.push({ ...what, added });
          tally.stored += added;
        } else {
          tally.refused += 1;
          if ((await fingerprint()) !== before) problems.push({ ...what, changedData: true });
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    console.info(`join fuzz on ${backend}: ${RUNS} sign-ups, ${tally.received} received (${tally.stored} stored), ${tally.refused} refused`);
    expect(problems.slice(0, 5)).toEqual([]);
    // The generator reaches the store and the refusals both: a run that never stores proves little.
    expect(tally.stored).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  }, 120_000);

  it('answers any place look-up with a list or a 400, never a 5xx and nothing from the database', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.oneof(fc.constantFrom('africa', 'us', 'AFRICA', ''), fc.string({ maxLength: 8 }))), fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 70 }), huge)), async (side, q) => {
        const params = new URLSearchParams({ ...(side === null ? {} : { side }), ...(q === null ? {} : { q }) });
        const { status, json } = await door.request('GET', `/join/places?${params}`);
        const places = status === 200 && json.length <= 8 && json.every((found: object) => Object.keys(found).sort().join() === 'admin1,country,geonameId,name,population');
        expect(places || (status === 400 && isShaped(400, json, ['side', 'q']))).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
