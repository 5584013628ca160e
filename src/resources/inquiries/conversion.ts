import { HttpError } from 'react-admin';
import type { Inquiry, PartnershipKind, Side } from '../../domain';
import { isMessageKey } from '../../domain/validationKey';

/** Where the city comes from: the gazetteer place they picked, a city already listed, or another place of the gazetteer. */
export type CityMode = 'gazetteer' | 'existing' | 'search';

/** A place of the gazetteer as the look-up gives it: `cityId` when the initiative already lists it. */
export interface PickedPlace {
  geonameId: number;
  name: string;
  cityId?: number | null;
}

/** The convert form's values. */
export interface ConvertValues {
  cityMode: CityMode;
  existingCityId?: number | null;
  place?: PickedPlace | null;
  partnerCityId?: number | null;
  kind: PartnershipKind;
}

/** The body of POST /api/inquiries/:id/convert. */
export interface ConvertBody {
  version: number;
  cityId?: number;
  geonameId?: number;
  partnerCityId?: number;
  kind: PartnershipKind;
}

export const otherSide = (side: Side): Side => (side === 'africa' ? 'us' : 'africa');

/** What the form opens with: the gazetteer place they picked when there is one. */
export const convertDefaults = (inquiry: Pick<Inquiry, 'geonameId'>): ConvertValues => ({
  cityMode: inquiry.geonameId ? 'gazetteer' : 'existing',
  existingCityId: null,
  place: null,
  partnerCityId: null,
  kind: 'sister',
});

/** The city part of the body: a stored city by id, or a gazetteer place (the server uses the listed one, or adds it). */
function cityOf(inquiry: Pick<Inquiry, 'geonameId'>, values: ConvertValues): Pick<ConvertBody, 'cityId' | 'geonameId'> {
  if (values.cityMode === 'gazetteer' && inquiry.geonameId) return { geonameId: inquiry.geonameId };
  if (values.cityMode === 'existing') return values.existingCityId ? { cityId: values.existingCityId } : {};
  const place = values.place;
  if (!place) return {};
  return typeof place.cityId === 'number' ? { cityId: place.cityId } : { geonameId: place.geonameId };
}

/** The conversion as sent: the inquiry's version, the city, and the partner only when one is picked. */
export function conversionBody(inquiry: Pick<Inquiry, 'version' | 'geonameId'>, values: ConvertValues): ConvertBody {
  return {
    version: inquiry.version,
    ...cityOf(inquiry, values),
    ...(values.partnerCityId ? { partnerCityId: values.partnerCityId } : {}),
    kind: values.kind,
  };
}

/** The form field that holds the city in each mode (the gazetteer choice has none but the choice itself). */
const CITY_FIELD: Record<CityMode, keyof ConvertValues> = { gazetteer: 'cityMode', existing: 'existingCityId', search: 'place' };

/** What the form checks before sending: a city in the mode picked. */
export function validateConversion(values: ConvertValues): Partial<Record<keyof ConvertValues, string>> {
  const picked = values.cityMode === 'gazetteer' || (values.cityMode === 'existing' ? Boolean(values.existingCityId) : Boolean(values.place));
  return picked ? {} : { [CITY_FIELD[values.cityMode]]: 'app.validation.required' };
}

/** How a refusal shows: the fields' reasons next to the fields, anything else (a 403, a 409) in the dialog. */
export interface Refusal {
  fields: Partial<Record<keyof ConvertValues, string>>;
  message: string | null;
  status: number;
}

/** The dialog's words for a refusal: a stale version says the inquiry was reloaded (the dialog reloads it). */
function messageOf(error: HttpError): string {
  if (error.status === 409 && error.message === 'app.error.conflict') return 'resources.inquiries.convert.refreshed';
  return isMessageKey(error.message) ? error.message : 'app.error.server';
}

export function refusalOf(error: unknown, mode: CityMode): Refusal {
  if (!(error instanceof HttpError)) return { fields: {}, message: 'app.error.server', status: 0 };
  const reasons = (error.body?.errors ?? {}) as Record<string, unknown>;
  const fields: Refusal['fields'] = {};
  const unplaced: string[] = [];
  for (const [field, reason] of Object.entries(reasons)) {
    if (typeof reason !== 'string' || !isMessageKey(reason)) continue;
    const target = field === 'cityId' || field === 'geonameId' ? CITY_FIELD[mode] : field === 'partnerCityId' || field === 'kind' ? field : null;
    if (target) fields[target] = reason;
    else unplaced.push(reason);
  }
  const message = Object.keys(fields).length > 0 && unplaced.length === 0 ? null : (unplaced[0] ?? messageOf(error));
  return { fields, message, status: error.status };
}
