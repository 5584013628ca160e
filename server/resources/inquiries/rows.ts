import type { Selectable } from 'kysely';
import { DIRECTORY_LIST_SPECS, SECRET, textKeysOf, type Changes, type Inquiry } from '../../../src/domain';
import type { InquiryTable } from '../../db/schema';

export type InquiryRow = Selectable<InquiryTable>;

/** What GET /api/inquiries may be sorted and filtered by (the domain's list contract). */
export const INQUIRY_LIST = DIRECTORY_LIST_SPECS.inquiries;

/** An inquiry as the API shows it: its focus areas parsed, none of the keys lists read. */
export function toInquiry(row: InquiryRow): Inquiry {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    side: row.side as Inquiry['side'],
    organisation: row.organisation,
    contactName: row.contactName,
    role: row.role,
    email: row.email,
    phone: row.phone,
    geonameId: row.geonameId,
    cityName: row.cityName,
    country: row.country,
    admin1: row.admin1,
    region: row.region as Inquiry['region'],
    focusAreas: JSON.parse(row.focusAreas) as string[],
    preferredRegion: row.preferredRegion as Inquiry['preferredRegion'],
    preferredCity: row.preferredCity,
    message: row.message,
    locale: row.locale as Inquiry['locale'],
    status: row.status as Inquiry['status'],
    notes: row.notes,
    cityId: row.cityId,
    partnershipId: row.partnershipId,
    convertedAt: row.convertedAt,
  };
}

/** The folded keys the list searches and sorts by, of the fields a write sets. */
export const inquiryKeys = (fields: Partial<Pick<Inquiry, 'organisation' | 'contactName' | 'email' | 'cityName' | 'country' | 'notes'>>) =>
  textKeysOf(INQUIRY_LIST, fields) as Partial<Pick<InquiryTable, 'organisationKey' | 'contactNameKey' | 'emailKey' | 'cityNameKey' | 'countryKey' | 'notesKey'>>;

/** A person's own words and ways to reach them: what the history never holds the value of. */
const PERSONAL = ['contactName', 'role', 'email', 'phone', 'message', 'notes'] as const;
type Personal = (typeof PERSONAL)[number];

const hidden = (value: string | null) => (value === null ? null : SECRET);

/**
 * An inquiry as its audit rows tell it (decision 039): every signed-in user reads a record's
 * history, leadership and other regions' coordinators included, who may not read the
 * inquiry itself. So the history says that a personal field was set, never what to.
 */
export const auditedInquiry = (inquiry: Inquiry): Inquiry => ({
  ...inquiry,
  ...(Object.fromEntries(PERSONAL.map((field) => [field, hidden(inquiry[field])])) as Pick<Inquiry, Personal>),
});

/** The personal fields a change rewrote, as `extra` of its audit row: hidden on both sides, the diff would not show them. */
export function hiddenChanges(before: Inquiry, after: Inquiry): Changes | undefined {
  const changed = PERSONAL.filter((field) => before[field] !== after[field] && before[field] !== null && after[field] !== null);
  if (changed.length === 0) return undefined;
  return Object.fromEntries(changed.map((field) => [field, { before: SECRET, after: SECRET }]));
}
