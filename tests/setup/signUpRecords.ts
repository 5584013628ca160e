import type { Inquiry } from '../../src/domain';

/**
 * A sign-up as a seed holds it (SeedData.inquiries), made at `createdAt` (an ISO instant, or a
 * day: made at 10:00 UTC) from a Ghanaian organisation unless `fields` say otherwise. For the
 * tests of the sign-up counts, which need sign-ups of many days and what became of them.
 */
export function signUpRecord(id: number, createdAt: string, fields: Partial<Inquiry> = {}): Inquiry {
  const at = createdAt.length === 10 ? `${createdAt}T10:00:00.000Z` : createdAt;
  return {
    id, version: 1, createdAt: at, updatedAt: at,
    side: 'africa', organisation: `Sign-up ${id}`, contactName: `Contact ${id}`, role: null, email: `signup${id}@example.org`, phone: null,
    geonameId: null, cityName: `Town ${id}`, country: 'GH', admin1: null, region: 'Western',
    focusAreas: [], preferredRegion: null, preferredCity: null, message: null, locale: 'en',
    status: 'new', notes: null, cityId: null, partnershipId: null,
    ...fields,
    convertedAt: fields.convertedAt ?? (fields.status === 'converted' ? at : null),
  };
}

/** Converted into `partnershipId` (null: no partnership opened), the day it was made. */
export const converted = (partnershipId: number | null): Partial<Inquiry> => ({ status: 'converted', partnershipId });
