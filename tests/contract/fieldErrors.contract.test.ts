// @vitest-environment node
/**
 * Field errors in react-admin's shape: 400 with `{ message: 'app.error.invalid', errors: { field: key } }`,
 * the keys of src/domain's schemas and rules as each case states them, and nothing written:
 * the data stays the seed.
 */
import { expect, it } from 'vitest';
import { describeContract } from './contract';
import { contractData, seededSnapshot } from './dataset';
import { shown, snapshot } from './requests';

type FieldErrorCase = [what: string, method: 'POST' | 'PUT', path: string, body: Record<string, unknown>, errors: Record<string, string>];

const city = { name: 'Tamale', country: 'GH', admin1: '06' };
const event = { type: 'exchange', title: 'Teachers visit', startsAt: '2026-12-05T10:00:00.000Z' };
const program = { kind: 'exchange', title: 'Teacher exchange', cycleYear: 2027, status: 'planned' };
const partnership = { africanCityId: 12, usCityId: 11, kind: 'sister', stage: 'interest', cohort: '500in5' };

const CASES: FieldErrorCase[] = [
  ['a city without a name, in a country out of scope', 'POST', '/api/cities', { name: ' ', country: 'FR' }, { name: 'app.validation.required', country: 'app.validation.countryNotInScope' }],
  ['a country code that is not one', 'POST', '/api/cities', { ...city, country: 'ghana' }, { country: 'app.validation.country' }],
  ['a US city without a state', 'POST', '/api/cities', { name: 'Springfield', country: 'US', admin1: 'ZZ' }, { admin1: 'app.validation.usState' }],
  ['SCI membership for an African city', 'POST', '/api/cities', { ...city, sciMember: true }, { sciMember: 'app.validation.membershipUsOnly' }],
  ['a latitude off the globe, a bad email and web site', 'POST', '/api/cities', { ...city, lat: 91, contactEmail: 'nobody', website: 'ftp://x.example' }, { lat: 'app.validation.latitude', contactEmail: 'app.validation.email', website: 'app.validation.url' }],
  ['a negative population, a bad language', 'PUT', '/api/cities/12', { version: 1, population: -1, languages: ['eng'] }, { population: 'app.validation.positive', languages: 'app.validation.language' }],
  ['a date that is not one', 'PUT', '/api/cities/12', { version: 1, leaderTermEnds: '2026-13-01' }, { leaderTermEnds: 'app.validation.date' }],
  ['a name too long', 'PUT', '/api/cities/12', { version: 1, name: 'x'.repeat(121) }, { name: 'app.validation.tooLong' }],
  ['a city in partnerships moved to the other side', 'PUT', '/api/cities/9', { version: 1, country: 'KE', admin1: null }, { country: 'app.validation.sameSide' }],
  ['a partnership without kind, stage and cohort', 'POST', '/api/partnerships', { africanCityId: 12, usCityId: 11 }, { kind: 'app.validation.choice', stage: 'app.validation.choice', cohort: 'app.validation.choice' }],
  ['an unknown focus area', 'POST', '/api/partnerships', { ...partnership, focusAreas: ['sports'] }, { focusAreas: 'app.validation.choice' }],
  ['a signature before the first contact', 'POST', '/api/partnerships', { ...partnership, stage: 'signed', signedAt: '2024-01-01', firstContactAt: '2024-02-01' }, { signedAt: 'app.validation.signedBeforeContact' }],
  ['an event without a title, ending before it starts', 'POST', '/api/events', { ...event, title: '', endsAt: '2026-12-04T10:00:00.000Z' }, { title: 'app.validation.required', endsAt: 'app.validation.endBeforeStart' }],
  ['a virtual event in a city', 'POST', '/api/events', { ...event, virtual: true, cityId: 12 }, { cityId: 'app.validation.virtualHasNoCity' }],
  ['an event in an unknown city, of unknown partnerships', 'POST', '/api/events', { ...event, cityId: 999, partnershipIds: [1, 999] }, { cityId: 'app.validation.unknownCity', partnershipIds: 'app.validation.unknownPartnership' }],
  ['an event of an unknown type, a negative count', 'PUT', '/api/events/1', { version: 1, type: 'party', adults: -3 }, { type: 'app.validation.choice', adults: 'app.validation.positive' }],
  ['a program year out of range', 'POST', '/api/programs', { ...program, cycleYear: 1990 }, { cycleYear: 'app.validation.cycleYear' }],
  ['a program year as text', 'POST', '/api/programs', { ...program, cycleYear: '2027' }, { cycleYear: 'app.validation.number' }],
  ['a program of unknown cities and partnerships', 'POST', '/api/programs', { ...program, cityIds: [999], partnershipIds: [999] }, { cityIds: 'app.validation.unknownCity', partnershipIds: 'app.validation.unknownPartnership' }],
  ['a program with an unknown status', 'PUT', '/api/programs/1', { version: 1, status: 'paused' }, { status: 'app.validation.choice' }],
];

describeContract('field errors', { data: contractData, reset: 'once' }, ({ api }) => {
  it.each(CASES)('%s', async (_what, method, path, body, errors) => {
    const response = await api().request(method, path, body);
    expect(shown(response)).toEqual({ status: 400, json: { message: 'app.error.invalid', errors } });
    expect(await snapshot(api())).toEqual(seededSnapshot(contractData()));
  });

  it('a city already recorded (by gazetteer id, or by name and country) is a conflict that names it', async () => {
    const byGazetteerId = await api().request('POST', '/api/cities', { ...city, geonameId: 2306104 });
    expect(shown(byGazetteerId)).toEqual({ status: 409, json: { message: 'resources.cities.duplicate.refused', errors: { geonameId: 'resources.cities.duplicate.field' }, existingId: 1 } });
    const byName = await api().request('POST', '/api/cities', { name: 'KUMASI', country: 'GH' });
    expect(shown(byName)).toEqual({ status: 409, json: { message: 'resources.cities.duplicate.refused', errors: { name: 'resources.cities.duplicate.field' }, existingId: 12 } });
    expect(await snapshot(api())).toEqual(seededSnapshot(contractData()));
  });
});
