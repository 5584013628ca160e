import { z } from 'zod';
import { regionOf, sideOfCountry, type Region, type Side } from './regions';
import { MAX_STORED_INT, optionalDate, optionalText, storableText } from './common';

const optionalEmail = z.preprocess(
  emptyToNull,
  z.email({ error: 'app.validation.email' }).nullable().optional(),
);
const optionalUrl = z.preprocess(
  emptyToNull,
  z.url({ protocol: /^https?$/, error: 'app.validation.url' }).nullable().optional(),
);

function emptyToNull(value: unknown) {
  return value === '' ? null : value;
}

/** What a person may write about a city. `side` and `region` are derived, never written. */
export const cityInputSchema = z
  .object({
    name: storableText(120).min(1, 'app.validation.required'),
    country: z.string().regex(/^[A-Z]{2}$/, 'app.validation.country'),
    admin1: optionalText(20),
    geonameId: z.number().int().positive().max(MAX_STORED_INT, 'app.validation.tooLarge').nullable().optional(),
    lat: z.number().min(-90, 'app.validation.latitude').max(90, 'app.validation.latitude').nullable().optional(),
    lng: z.number().min(-180, 'app.validation.longitude').max(180, 'app.validation.longitude').nullable().optional(),
    population: z.number().int('app.validation.integer').min(0, 'app.validation.positive').max(MAX_STORED_INT, 'app.validation.tooLarge').nullable().optional(),
    populationYear: z.number().int('app.validation.integer').min(1900, 'app.validation.year').max(2100, 'app.validation.year').nullable().optional(),
    leaderTitle: optionalText(80),
    leaderName: optionalText(120),
    leaderTermEnds: optionalDate,
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'app.validation.language')).max(10).default([]),
    contactName: optionalText(120),
    contactEmail: optionalEmail,
    contactPhone: optionalText(40),
    website: optionalUrl,
    sciMember: z.boolean().default(false),
    duesPaidThrough: optionalDate,
    notes: optionalText(5000),
  })
  .superRefine((city, ctx) => {
    const side = sideOfCountry(city.country);
    if (!side) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'app.validation.countryNotInScope' });
      return;
    }
    if (side === 'us' && !regionOf(city.country, city.admin1)) {
      ctx.addIssue({ code: 'custom', path: ['admin1'], message: 'app.validation.usState' });
    }
    if (side === 'africa' && (city.sciMember || city.duesPaidThrough)) {
      ctx.addIssue({ code: 'custom', path: ['sciMember'], message: 'app.validation.membershipUsOnly' });
    }
  });

export type CityInput = z.output<typeof cityInputSchema>;

/** What tells one city from another (decision 015): what the create form asks about before saving. */
export const cityIdentitySchema = z.object({
  name: cityInputSchema.shape.name,
  country: cityInputSchema.shape.country,
  admin1: cityInputSchema.shape.admin1,
  geonameId: cityInputSchema.shape.geonameId,
});

export interface City extends CityInput {
  id: number;
  side: Side;
  region: Region;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields the server derives from what was written. */
export function deriveCityFields(input: Pick<CityInput, 'country' | 'admin1'>): { side: Side; region: Region } {
  const side = sideOfCountry(input.country);
  const region = regionOf(input.country, input.admin1);
  if (!side || !region) throw new Error(`no side or region for ${input.country}/${input.admin1}`);
  return { side, region };
}

/** SCI recognises a US member's partnerships only while its dues are paid. */
export function duesCurrent(city: Pick<City, 'side' | 'sciMember' | 'duesPaidThrough'>, today: string): boolean {
  return city.side === 'us' && city.sciMember && !!city.duesPaidThrough && city.duesPaidThrough >= today;
}

