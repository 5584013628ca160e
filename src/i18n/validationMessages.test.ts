import { anything, assert, constantFrom, property, record } from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../server/lib/errors';
import { parseWith } from '../../server/lib/validate';
import {
  cityInputSchema,
  DEFAULT_SETTINGS,
  eventInputSchema,
  loginSchema,
  partnershipInputSchema,
  passwordSchema,
  programInputSchema,
  savedViewSchema,
  settingsSchema,
  userCreateSchema,
  userUpdateSchema,
} from '../domain';
import { validateWith } from '../lib/validate';
import { catalogues } from './allCatalogues';

/** Every schema a form or the API validates with, and a body it takes. */
const SCHEMAS: Record<string, { schema: z.ZodType; valid: Record<string, unknown> }> = {
  city: { schema: cityInputSchema, valid: { name: 'Accra', country: 'GH' } },
  partnership: {
    schema: partnershipInputSchema,
    valid: { africanCityId: 1, usCityId: 2, kind: 'sister', stage: 'exploring', cohort: '500in5', firstContactAt: '2025-02-03' },
  },
  event: { schema: eventInputSchema, valid: { type: 'exchange', title: 'Visit', startsAt: '2026-05-04T14:00:00.000Z' } },
  program: { schema: programInputSchema, valid: { kind: 'exchange', title: 'Swap', cycleYear: 2026, status: 'open' } },
  'user (create)': { schema: userCreateSchema, valid: { email: 'ama@example.org', fullName: 'Ama', role: 'staff', password: 'a long passphrase' } },
  'user (update)': { schema: userUpdateSchema, valid: { email: 'ama@example.org', fullName: 'Ama', role: 'coordinator', region: 'Western' } },
  'sign-in': { schema: loginSchema, valid: { email: 'ama@example.org', password: 'secret' } },
  settings: { schema: settingsSchema, valid: { ...DEFAULT_SETTINGS } },
  'password change': { schema: z.object({ password: passwordSchema }), valid: { password: 'a long passphrase' } },
  'saved view': { schema: savedViewSchema, valid: { name: 'Overdue', target: 'partnerships', filter: { due: 'overdue' } } },
};

/** What any client may send in any field: nothing, the wrong kind, odd text, odd numbers. */
const ANY_FIELD: unknown[] = [
  undefined, null, '', ' ', 'x', 'zzz', 0, -1, 1.5, 1e21, -1e21, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}, [null], ['zzz'], [1.5],
  'not-a-date', '2026-02-30', '2026-13-45', '2026-12-02T25:00', 'not an email', 'a@b', 'ftp://example.org', 'javascript:alert(1)',
  'nul\u0000here', 'lone \uD800 surrogate', ' '.repeat(300), 'é'.repeat(100_001),
];

/** The schema under wrappers (optional, nullable, default, preprocess), where its limits are. */
function innermost(schema: z.ZodType): z.ZodType {
  const def = schema.def as { innerType?: z.ZodType; out?: z.ZodType; type: string };
  if (def.innerType) return innermost(def.innerType);
  if (def.type === 'pipe' && def.out) return innermost(def.out);
  return schema;
}

/** Values just past the limits a field's schema declares: one character, one unit, one item too many or too few. */
function pastTheLimits(schema: z.ZodType): unknown[] {
  const inner = innermost(schema);
  if (inner instanceof z.ZodString) {
    const { minLength, maxLength } = inner;
    return [maxLength === null ? null : 'x'.repeat(maxLength + 1), minLength ? 'x'.repeat(minLength - 1) : null];
  }
  if (inner instanceof z.ZodNumber) {
    const { minValue, maxValue } = inner;
    return [minValue, maxValue].filter(Number.isFinite).flatMap((limit) => [limit! - 1, limit! + 1, limit! + 0.5]);
  }
  if (inner instanceof z.ZodEnum) return [`${inner.options[0]}-not-a-choice`, String(inner.options[0]).toUpperCase()];
  if (inner instanceof z.ZodArray) {
    const element = innermost(inner.element as z.ZodType);
    const sample = element instanceof z.ZodEnum ? element.options[0] : element instanceof z.ZodString ? 'fr' : 1;
    return [Array.from({ length: 1001 }, () => sample), ...pastTheLimits(inner.element as z.ZodType).map((item) => [item])];
  }
  return [];
}

/** Bodies with one field wrong at a time, derived from the schema's own fields and limits, and bodies of the wrong shape. */
function badBodies(schema: z.ZodType, valid: Record<string, unknown>): unknown[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const oneFieldWrong = Object.entries(shape).flatMap(([field, fieldSchema]) =>
    [...ANY_FIELD, ...pastTheLimits(fieldSchema)].map((value) => ({ ...valid, [field]: value })),
  );
  return [null, undefined, 'text', 42, [], [valid], ...oneFieldWrong];
}

/** The messages a user would read for a body: as the API answers it, and as the form shows it. */
function messagesFor(schema: z.ZodType, body: unknown): string[] {
  const form = typeof body === 'object' && body !== null && !Array.isArray(body) ? leaves(validateWith(schema)(body as Record<string, unknown>)) : [];
  try {
    parseWith(schema, body);
    return form;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return [error.message, ...Object.values(error.errors ?? {}), ...form];
  }
}

const leaves = (errors: object): string[] =>
  Object.values(errors).flatMap((value) => (typeof value === 'object' && value !== null ? leaves(value as object) : [String(value)]));

/** Keys present in a catalogue. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
const languages = Object.values(catalogues).map((catalogue) => new Set(keysOf(catalogue)));
const untranslated = (messages: Iterable<string>) => [...new Set(messages)].filter((message) => languages.some((keys) => !keys.has(message))).sort();

describe.each(Object.entries(SCHEMAS))('every refusal of the %s schema', (_name, { schema, valid }) => {
  it('takes the valid body the walk starts from', () => {
    expect(schema.safeParse(valid).error?.issues).toBeUndefined();
  });

  it('reads as a translated message, in every language, for each field wrong in each way', () => {
    const bodies = badBodies(schema, valid);
    const refused = bodies.filter((body) => !schema.safeParse(body).success);
    expect(refused.length).toBeGreaterThan(bodies.length / 2);
    expect(untranslated(refused.flatMap((body) => messagesFor(schema, body)))).toEqual([]);
  });

  it('reads as a translated message whatever a client puts in a field', () => {
    const fields = Object.keys((schema as unknown as { shape: object }).shape);
    const anyBody = record({ field: constantFrom(...fields), value: anything() }).map(({ field, value }) => ({ ...valid, [field]: value }));
    assert(
      property(anyBody, (body) => {
        expect(untranslated(messagesFor(schema, body))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the new password', () => {
  // The password change (API and account page) reads the rule's first refusal as it stands.
  it('is refused with a translated message of the rule’s own, whatever is sent', () => {
    const sent = [...ANY_FIELD, ...pastTheLimits(passwordSchema)];
    const messages = sent.flatMap((value) => passwordSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? []);
    expect(messages.length).toBeGreaterThan(sent.length / 2);
    expect(untranslated(messages)).toEqual([]);
  });
});
