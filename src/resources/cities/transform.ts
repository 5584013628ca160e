import { cityInputSchema, type CityInput } from '../../domain';
import { validateWith } from '../../lib/validate';

/** What the form sends: the fields a person may write, and the version the edit started from. */
export type CityPayload = Partial<CityInput> & { version?: number };

const WRITABLE = Object.keys(cityInputSchema.shape) as (keyof CityInput)[];

function clean(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function cleanLanguages(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const codes = value.filter((code): code is string => typeof code === 'string').map((code) => code.trim().toLowerCase());
  return [...new Set(codes)].filter((code) => code !== '');
}

/**
 * The form's values as the API expects them: only writable fields (derived `side` / `region`,
 * timestamps and ids stay out), blanks as null, languages as unique lower-case codes, and no
 * SCI membership outside the US: the inputs are hidden there, but a city moved from the US
 * to Africa would otherwise keep a membership the API refuses.
 */
export function transformCity(values: Record<string, unknown>): CityPayload {
  const payload: Record<string, unknown> = {};
  for (const field of WRITABLE) {
    if (field in values) payload[field] = clean(values[field]);
  }
  payload.languages = cleanLanguages(values.languages);
  const inUs = payload.country === 'US';
  payload.sciMember = inUs && payload.sciMember === true;
  if (!inUs) payload.duesPaidThrough = null;
  if (typeof values.version === 'number') payload.version = values.version;
  return payload as CityPayload;
}

const checkCityInput = validateWith(cityInputSchema);

/**
 * The form's checks: the domain schema applied to what will be sent, so a rule the hidden
 * inputs cannot satisfy (membership outside the US) never blocks the user.
 */
export const validateCity = (values: Record<string, unknown>) => checkCityInput(transformCity(values));
