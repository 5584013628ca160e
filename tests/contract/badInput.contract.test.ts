// @vitest-environment node
/**
 * Bad input never gives a 500: each request below gets a 4xx with the mock's answer, and every
 * record is as it was. The one allowed difference: a body over 1 MB is refused by the servers
 * with 413 before it is read; the mock has no size limit and refuses the same body with 400
 * because the field that makes it large is too long.
 */
import { expect, it } from 'vitest';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { contractData } from './dataset';
import { listPath, OVERSIZED_NOTES, shown, snapshot } from './requests';

type BadRequest = [what: string, method: string, path: string, body?: unknown, headers?: Record<string, string>];

const BAD_LISTS: BadRequest[] = [
  ['an unknown sort field', 'GET', listPath('cities', { sort: ['nope', 'ASC'] })],
  ['a sort on a field that cannot be sorted', 'GET', listPath('partnerships', { sort: ['stalled', 'ASC'] })],
  ['a sort without an order', 'GET', '/api/cities?sort=%5B%22name%22%5D'],
  ['an unknown filter field', 'GET', listPath('cities', { filter: { nope: 1 } })],
  ['an unknown range field', 'GET', listPath('events', { filter: { nope_gte: 1 } })],
  ['a string where a number belongs', 'GET', listPath('cities', { filter: { population_gte: 'many' } })],
  ['a word where a date belongs', 'GET', listPath('events', { filter: { startsAt_gte: 'soon' } })],
  ['an unknown stage', 'GET', listPath('partnerships', { filter: { stage: 'nope' } })],
  ['a word where a boolean belongs', 'GET', listPath('partnerships', { filter: { stalled: 'maybe' } })],
  ['a number as q', 'GET', listPath('cities', { filter: { q: 5 } })],
  ['a filter that is not JSON', 'GET', '/api/cities?filter=%7Bbad'],
  ['a filter that is an array', 'GET', '/api/cities?filter=%5B1%5D'],
  ['a sort that is not JSON', 'GET', '/api/partnerships?sort=name'],
  ['a range upside down', 'GET', listPath('cities', { range: [5, 2] })],
  ['a range of words', 'GET', '/api/cities?range=%5B%22a%22%2C%22b%22%5D'],
  ['a page of more than 1000', 'GET', listPath('cities', { range: [0, 5000] })],
  ['a non-numeric id in getMany', 'GET', listPath('cities', { filter: { id: ['x'] } })],
  ['an unknown AU region for the figures', 'GET', '/api/stats/progress?region=Atlantis'],
  ['an unknown side in the gazetteer', 'GET', '/api/gazetteer?q=a&side=mars'],
];

const MISSING: BadRequest[] = [
  ['an unknown resource', 'GET', '/api/nothing'],
  ['a record of an unknown resource', 'GET', '/api/nothing/1'],
  ['GET of an unknown id', 'GET', '/api/partnerships/9999'],
  ['PUT to an unknown id', 'PUT', '/api/cities/9999', { version: 1, name: 'Nowhere' }],
  ['PUT to an unknown id, without a version', 'PUT', '/api/events/9999', { title: 'Nothing' }],
  ['PUT to a non-numeric id', 'PUT', '/api/programs/abc', { version: 1 }],
  ['DELETE of an unknown id', 'DELETE', '/api/events/9999'],
  ['DELETE of a non-numeric id', 'DELETE', '/api/cities/abc'],
];

const validCity = { name: 'Tamale', country: 'GH', admin1: '06' };
const validPartnership = { africanCityId: 12, usCityId: 11, kind: 'sister', stage: 'interest', cohort: '500in5' };

const BAD_WRITES: BadRequest[] = [
  ['malformed JSON', 'POST', '/api/cities', '{"name": '],
  ['malformed JSON in a PUT', 'PUT', '/api/partnerships/1', '{"version": 1,'],
  ['an empty body', 'POST', '/api/events', ''],
  ['a body that is an array', 'POST', '/api/programs', [validCity]],
  ['a body that is null', 'PUT', '/api/cities/12', 'null'],
  ['a string where a number belongs (city population)', 'POST', '/api/cities', { ...validCity, population: 'many' }],
  ['a string where a number belongs (partnership city id)', 'POST', '/api/partnerships', { ...validPartnership, africanCityId: '12' }],
  ['a string where a number belongs (program year)', 'POST', '/api/programs', { kind: 'exchange', title: 'Teachers', cycleYear: '2027', status: 'planned' }],
  ['a string where a number belongs (event adults)', 'POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01', adults: '3' }],
  ['a string in a list of ids', 'POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01', partnershipIds: ['1'] }],
  ['an object where text belongs', 'POST', '/api/cities', { ...validCity, name: { first: 'Tamale' } }],
  ['an empty object', 'POST', '/api/partnerships', {}],
  ['a pair of African cities', 'POST', '/api/partnerships', { ...validPartnership, usCityId: 1 }],
  ['a pair of US cities', 'POST', '/api/partnerships', { ...validPartnership, africanCityId: 7 }],
  ['a city that does not exist', 'POST', '/api/partnerships', { ...validPartnership, africanCityId: 999999 }],
  ['a linked partnership that does not exist', 'POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01', partnershipIds: [999999] }],
  ['an If-Match that is no version', 'DELETE', '/api/cities/12', undefined, { 'If-Match': 'abc' }],
  ['a stale If-Match', 'DELETE', '/api/cities/12', undefined, { 'If-Match': '"7"' }],
  ['a stale version', 'PUT', '/api/cities/12', { version: 7, notes: 'late' }],
  ['no version', 'PUT', '/api/cities/12', { notes: 'no version' }],
  ['a city still in use', 'DELETE', '/api/cities/1'],
];

const OVERSIZED: BadRequest[] = [
  ['a city of more than 1 MB', 'POST', '/api/cities', { ...validCity, notes: OVERSIZED_NOTES }],
  ['a change of more than 1 MB', 'PUT', '/api/cities/12', { version: 1, notes: OVERSIZED_NOTES }],
  ['a partnership of more than 1 MB', 'POST', '/api/partnerships', { ...validPartnership, notes: OVERSIZED_NOTES }],
];

/** The request sent to the backend and to the mock, and every record before and after it. */
async function sendToBoth(api: Backend, reference: Backend, [, method, path, body, headers]: BadRequest) {
  const before = await snapshot(api);
  const [got, expected] = await Promise.all([api.request(method, path, body, headers), reference.request(method, path, body, headers)]);
  return { status: got.status, got: shown(got), expected: shown(expected), before, after: await snapshot(api) };
}

describeContract('bad input', { data: contractData, reset: 'once' }, ({ api, reference, backend }) => {
  it.each(BAD_LISTS)('400 for %s', async (...request) => {
    const { status, got, expected, before, after } = await sendToBoth(api(), reference(), request);
    expect(status).toBe(400);
    expect(got).toEqual(expected);
    expect(after).toEqual(before);
  });

  it.each(MISSING)('404 for %s', async (...request) => {
    const { status, got, expected, before, after } = await sendToBoth(api(), reference(), request);
    expect(status).toBe(404);
    expect(got).toEqual(expected);
    expect(after).toEqual(before);
  });

  it.each(BAD_WRITES)('a 4xx and nothing written for %s', async (...request) => {
    const { status, got, expected, before, after } = await sendToBoth(api(), reference(), request);
    expect([status >= 400, status < 500]).toEqual([true, true]);
    expect(got).toEqual(expected);
    expect(after).toEqual(before);
  });

  // The servers refuse the size before reading the body; the mock has no limit and reads it.
  const tooLarge =
    backend === 'mock'
      ? { status: 400, json: { message: 'app.error.invalid', errors: { notes: 'app.validation.tooLong' } } }
      : { status: 413, json: { message: 'The request body is larger than 1 MB.' } };
  it.each(OVERSIZED)(`${tooLarge.status} and nothing written for %s`, async (...request) => {
    const { got, before, after } = await sendToBoth(api(), reference(), request);
    expect(got).toEqual(tooLarge);
    expect(after).toEqual(before);
  });

  it('the data is still the seed after all of it', async () => {
    const [got, expected] = await Promise.all([snapshot(api()), snapshot(reference())]);
    expect(got).toEqual(expected);
  });
});
