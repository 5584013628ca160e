import { z } from 'zod';
import { MAX_STORED_INT, optionalText, storableText } from './common';
import { JOIN_LIMITS, JOIN_LOCALES, type JoinLocale } from './joinLimits';
import { FOCUS_AREAS, PARTNERSHIP_KINDS } from './partnership';
import { AU_REGIONS, SIDES, US_REGIONS, isAuRegion, regionOf, sideOfCountry, type Region, type Side } from './regions';

/**
 * The front door (DESIGN.md "Inquiry"): a sign-up from the public page, which staff and the
 * region's coordinator triage and convert into a city and a `prospect` partnership.
 */
export const INQUIRY_STATUSES = ['new', 'contacted', 'converted', 'declined'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export { JOIN_LIMITS, JOIN_LOCALES, type JoinLocale } from './joinLimits';

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const requiredText = (max: number) => storableText(max).min(1, 'app.validation.required');

/**
 * What a visitor sends. The city is a gazetteer city (`geonameId`) or typed (`cityName`,
 * `country`, and the state for a US city); the server fills a gazetteer city's own facts.
 * `token` stamps when the form was opened; `url2` is the field people never see.
 */
export const joinRequestSchema = z
  .object({
    side: z.enum(SIDES, { error: 'app.validation.choice' }),
    organisation: requiredText(160),
    contactName: requiredText(120),
    role: optionalText(120),
    email: z.email({ error: 'app.validation.email' }).max(254, 'app.validation.tooLong'),
    phone: z.preprocess(emptyToNull, storableText(40).regex(/^[+0-9 ().\-/]*$/, 'app.validation.phone').nullable().optional()),
    geonameId: z.preprocess(emptyToNull, z.number().int().positive().max(MAX_STORED_INT).nullable().optional()),
    cityName: optionalText(120),
    country: z.preprocess(emptyToNull, z.string().regex(/^[A-Z]{2}$/, 'app.validation.country').nullable().optional()),
    admin1: optionalText(20),
    focusAreas: z.array(z.enum(FOCUS_AREAS, { error: 'app.validation.choice' })).max(FOCUS_AREAS.length).default([]),
    preferredRegion: z.preprocess(emptyToNull, z.enum([...AU_REGIONS, ...US_REGIONS], { error: 'app.validation.choice' }).nullable().optional()),
    preferredCity: optionalText(120),
    message: optionalText(JOIN_LIMITS.message),
    consent: z.literal(true, { error: 'join.validation.consent' }),
    locale: z.enum(JOIN_LOCALES).default('en'),
    token: z.string().max(200).default(''),
    url2: z.string().max(500).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.geonameId) return;
    if (!input.cityName) ctx.addIssue({ code: 'custom', path: ['cityName'], message: 'app.validation.required' });
    if (!input.country) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'app.validation.required' });
      return;
    }
    const side = sideOfCountry(input.country);
    if (side !== input.side) ctx.addIssue({ code: 'custom', path: ['country'], message: 'join.validation.countryOfSide' });
    else if (side === 'us' && !regionOf(input.country, input.admin1)) ctx.addIssue({ code: 'custom', path: ['admin1'], message: 'app.validation.usState' });
  })
  .superRefine((input, ctx) => {
    // A preferred partner region is one of the other side's.
    const wanted = input.preferredRegion;
    if (wanted && isAuRegion(wanted) === (input.side === 'africa')) ctx.addIssue({ code: 'custom', path: ['preferredRegion'], message: 'app.validation.choice' });
  });
export type JoinRequest = z.output<typeof joinRequestSchema>;

/** What staff and the coordinator change on an inquiry: its triage. Conversion is its own step. */
export const inquiryUpdateSchema = z.object({
  status: z.enum(INQUIRY_STATUSES, { error: 'app.validation.choice' }),
  notes: optionalText(5000),
});

/** Converting: the city it becomes (an existing one, or one from the gazetteer) and, when known, the partner. */
export const inquiryConversionSchema = z
  .object({
    version: z.number().int(),
    cityId: z.preprocess(emptyToNull, z.number().int().positive().max(MAX_STORED_INT).nullable().optional()),
    geonameId: z.preprocess(emptyToNull, z.number().int().positive().max(MAX_STORED_INT).nullable().optional()),
    partnerCityId: z.preprocess(emptyToNull, z.number().int().positive().max(MAX_STORED_INT).nullable().optional()),
    kind: z.enum(PARTNERSHIP_KINDS, { error: 'app.validation.choice' }).default('sister'),
  })
  .refine((input) => Boolean(input.cityId || input.geonameId), { path: ['cityId'], message: 'app.validation.required' });
export type InquiryConversion = z.output<typeof inquiryConversionSchema>;

export interface Inquiry {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  side: Side;
  organisation: string;
  contactName: string;
  role: string | null;
  email: string;
  phone: string | null;
  geonameId: number | null;
  cityName: string;
  country: string;
  admin1: string | null;
  /** The region of the inquiring city: an AU region, or a US Census region. */
  region: Region;
  focusAreas: string[];
  preferredRegion: Region | null;
  preferredCity: string | null;
  message: string | null;
  locale: JoinLocale;
  status: InquiryStatus;
  notes: string | null;
  /** Once converted: the city it became, and the partnership opened (when both sides were known). */
  cityId: number | null;
  partnershipId: number | null;
  convertedAt: string | null;
}

/**
 * The AU regions an inquiry concerns, which decide the coordinator who sees it: the city's,
 * for an African city; the preferred partner region, for a US city that named one.
 */
export const inquiryRegions = (inquiry: { region: string | null; preferredRegion: string | null }): string[] =>
  [inquiry.region, inquiry.preferredRegion].filter(isAuRegion);
