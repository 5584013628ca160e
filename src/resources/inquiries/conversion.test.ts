import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { convertDefaults, conversionBody, refusalOf, validateConversion, type ConvertValues } from './conversion';
import { transformInquiry } from './transformInquiry';
import { viewOf } from './StatusQuickFilter';

const fromGazetteer = { version: 4, geonameId: 2294877 };
const typed = { version: 2, geonameId: null };
const values = (fields: Partial<ConvertValues>): ConvertValues => ({ ...convertDefaults(typed), ...fields });

describe('the conversion request', () => {
  it('opens on the gazetteer place they picked, else on a listed city, as a sister city', () => {
    expect(convertDefaults(fromGazetteer)).toMatchObject({ cityMode: 'gazetteer', kind: 'sister' });
    expect(convertDefaults(typed)).toMatchObject({ cityMode: 'existing', kind: 'sister' });
  });

  it('sends the city of the mode picked, the version, and the partner only when there is one', () => {
    expect(conversionBody(fromGazetteer, values({ cityMode: 'gazetteer', existingCityId: 9 }))).toEqual({ version: 4, geonameId: 2294877, kind: 'sister' });
    expect(conversionBody(typed, values({ cityMode: 'existing', existingCityId: 9, partnerCityId: 12, kind: 'friendship' }))).toEqual({
      version: 2,
      cityId: 9,
      partnerCityId: 12,
      kind: 'friendship',
    });
    // A gazetteer place the initiative already lists goes by its id.
    expect(conversionBody(typed, values({ cityMode: 'search', place: { geonameId: 7, name: 'Nakuru', cityId: 31 } }))).toEqual({ version: 2, cityId: 31, kind: 'sister' });
    expect(conversionBody(typed, values({ cityMode: 'search', place: { geonameId: 7, name: 'Nakuru', cityId: null } }))).toEqual({ version: 2, geonameId: 7, kind: 'sister' });
  });

  it('asks for the city of the mode picked', () => {
    expect(validateConversion(values({ cityMode: 'existing' }))).toEqual({ existingCityId: 'app.validation.required' });
    expect(validateConversion(values({ cityMode: 'search' }))).toEqual({ place: 'app.validation.required' });
    expect(validateConversion(values({ cityMode: 'gazetteer' }))).toEqual({});
  });
});

const refused = (status: number, message: string, errors?: Record<string, string>) => new HttpError(message, status, { message, errors });

describe('a refused conversion', () => {

  it('puts the server’s reasons next to the fields of the mode picked', () => {
    expect(refusalOf(refused(400, 'app.error.invalid', { geonameId: 'app.validation.unknownCity', partnerCityId: 'app.validation.pairExists' }), 'search')).toEqual({
      fields: { place: 'app.validation.unknownCity', partnerCityId: 'app.validation.pairExists' },
      message: null,
      status: 400,
    });
    expect(refusalOf(refused(400, 'app.error.invalid', { cityId: 'app.validation.africanCity' }), 'existing').fields).toEqual({ existingCityId: 'app.validation.africanCity' });
  });

  it('says in the dialog what no field holds', () => {
    expect(refusalOf(refused(409, 'app.error.conflict'), 'gazetteer').message).toBe('resources.inquiries.convert.refreshed');
    expect(refusalOf(refused(409, 'resources.inquiries.refused.alreadyConverted'), 'gazetteer').message).toBe('resources.inquiries.refused.alreadyConverted');
    expect(refusalOf(refused(403, 'Forbidden'), 'gazetteer').message).toBe('app.error.server');
    expect(refusalOf(new Error('boom'), 'gazetteer').message).toBe('app.error.server');
  });
});

describe('a triage edit', () => {
  it('sends only the status, the notes and the version', () => {
    expect(transformInquiry({ id: 3, version: 5, status: 'contacted', notes: '  Called.  ', email: 'x@example.org', regions: ['Western'] })).toEqual({ version: 5, status: 'contacted', notes: 'Called.' });
    expect(transformInquiry({ version: 5, status: 'new', notes: '   ' })).toEqual({ version: 5, status: 'new', notes: null });
  });
});

describe('the quick views', () => {
  it('name the status filter when it is one of them', () => {
    expect(viewOf(['contacted', 'new'])).toBe('open');
    expect(viewOf(['new'])).toBe('new');
    expect(viewOf(undefined)).toBe('all');
    expect(viewOf(['declined'])).toBeNull();
  });
});
