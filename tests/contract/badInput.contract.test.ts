// @vitest-environment node
/**
 * Bad input never gives a 500: each request below gets the 4xx answer it states, and every
 * record is as it was. A body over 1 MB is refused with 413 before it is read, on every
 * backend (the page's bridge runs the same app, body limit included).
 */
import { expect, it } from 'vitest';
import { STAGES } from '../../src/domain';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { contractData, seededSnapshot } from './dataset';
import { listPath, OVERSIZED_NOTES, shown, snapshot } from './requests';

interface Answer {
  status: number;
  json: unknown;
}
type BadRequest = [what: string, answer: Answer, method: string, path: string, body?: unknown, headers?: Record<string, string>];

/** A list query refused: its message, and the parameter or field at fault. */
const badQuery = (message: string, errors: Record<string, string> = {}): Answer => ({ status: 400, json: { message, errors } });
const fieldErrors = (errors: Record<string, unknown>): Answer => ({ status: 400, json: { message: 'app.error.invalid', errors } });
const refused = (status: number, message: string): Answer => ({ status, json: { message } });
const NOT_FOUND = refused(404, 'ra.notification.item_doesnt_exist');
const CONFLICT = refused(409, 'app.error.conflict');
const NOT_JSON = refused(400, 'The request body is not valid JSON.');
const NOT_AN_OBJECT = refused(400, 'The request body must be a JSON object.');
/** A field error must be a key the UI translates (app.validation.…), never a library's English text. */
const TRANSLATED = expect.stringMatching(/^app\.validation\.\w+$/);

const BAD_LISTS: BadRequest[] = [
  ['an unknown sort field', badQuery('Cannot sort by nope.', { sort: 'unknown field nope' }), 'GET', listPath('cities', { sort: ['nope', 'ASC'] })],
  ['a sort on a field that cannot be sorted', badQuery('Cannot sort by stalled.', { sort: 'unknown field stalled' }), 'GET', listPath('partnerships', { sort: ['stalled', 'ASC'] })],
  ['a sort without an order', badQuery('The sort parameter must look like ["field","ASC"].'), 'GET', '/api/cities?sort=%5B%22name%22%5D'],
  ['an unknown filter field', badQuery('Unknown filter field: nope.', { nope: 'unknown field' }), 'GET', listPath('cities', { filter: { nope: 1 } })],
  ['an unknown range field', badQuery('Unknown filter field: nope.', { nope_gte: 'unknown field' }), 'GET', listPath('events', { filter: { nope_gte: 1 } })],
  ['a string where a number belongs', badQuery('Filter population_gte expects a number.', { population_gte: 'expects a number' }), 'GET', listPath('cities', { filter: { population_gte: 'many' } })],
  ['a word where a date belongs', badQuery('Filter startsAt_gte expects a date (YYYY-MM-DD).', { startsAt_gte: 'expects a date (YYYY-MM-DD)' }), 'GET', listPath('events', { filter: { startsAt_gte: 'soon' } })],
  ['an unknown stage', badQuery(`Filter stage expects one of ${STAGES.join(', ')}.`, { stage: `expects one of ${STAGES.join(', ')}` }), 'GET', listPath('partnerships', { filter: { stage: 'nope' } })],
  ['a word where a boolean belongs', badQuery('Filter stalled expects true or false.', { stalled: 'expects true or false' }), 'GET', listPath('partnerships', { filter: { stalled: 'maybe' } })],
  ['a number as q', badQuery('The q filter expects text.', { q: 'expects text' }), 'GET', listPath('cities', { filter: { q: 5 } })],
  ['a filter that is not JSON', badQuery('The filter parameter is not valid JSON.'), 'GET', '/api/cities?filter=%7Bbad'],
  ['a filter that is an array', badQuery('The filter parameter must be a JSON object.'), 'GET', '/api/cities?filter=%5B1%5D'],
  ['a sort that is not JSON', badQuery('The sort parameter is not valid JSON.'), 'GET', '/api/partnerships?sort=name'],
  ['a range upside down', badQuery('The range parameter must look like [0,24].'), 'GET', listPath('cities', { range: [5, 2] })],
  ['a range of words', badQuery('The range parameter must look like [0,24].'), 'GET', '/api/cities?range=%5B%22a%22%2C%22b%22%5D'],
  ['a page of more than 1000', badQuery('A page holds at most 1000 records.'), 'GET', listPath('cities', { range: [0, 5000] })],
  ['a non-numeric id in getMany', badQuery('Filter id expects a number.', { id: 'expects a number' }), 'GET', listPath('cities', { filter: { id: ['x'] } })],
  ['an unknown AU region for the figures', badQuery('Unknown AU region: Atlantis.', { region: 'app.validation.choice' }), 'GET', '/api/stats/progress?region=Atlantis'],
  ['an unknown AU region for the work lists', badQuery('Unknown AU region: Atlantis.', { region: 'app.validation.choice' }), 'GET', '/api/work?region=Atlantis'],
  ['an unknown due state', badQuery('Filter due expects one of overdue, soon.', { due: 'expects one of overdue, soon' }), 'GET', listPath('partnerships', { filter: { due: 'later' } })],
  ['a sort on a work list filter', badQuery('Cannot sort by termEndsSoon.', { sort: 'unknown field termEndsSoon' }), 'GET', listPath('cities', { sort: ['termEndsSoon', 'ASC'] })],
  ['an unknown filter field for the board totals', badQuery('Unknown filter field: nope.', { nope: 'unknown field' }), 'GET', `/api/stats/stages?filter=${encodeURIComponent('{"nope":1}')}`],
  ['an unknown side in the gazetteer', badQuery('side must be africa or us.', { side: 'app.validation.choice' }), 'GET', '/api/gazetteer?q=a&side=mars'],
];

const MISSING: BadRequest[] = [
  ['an unknown resource', refused(404, 'Unknown resource: nothing.'), 'GET', '/api/nothing'],
  ['a record of an unknown resource', refused(404, 'Unknown resource: nothing.'), 'GET', '/api/nothing/1'],
  ['GET of an unknown id', NOT_FOUND, 'GET', '/api/partnerships/9999'],
  ['PUT to an unknown id', NOT_FOUND, 'PUT', '/api/cities/9999', { version: 1, name: 'Nowhere' }],
  ['PUT to an unknown id, without a version', NOT_FOUND, 'PUT', '/api/events/9999', { title: 'Nothing' }],
  ['PUT to a non-numeric id', NOT_FOUND, 'PUT', '/api/programs/abc', { version: 1 }],
  ['DELETE of an unknown id', NOT_FOUND, 'DELETE', '/api/events/9999'],
  ['DELETE of a non-numeric id', NOT_FOUND, 'DELETE', '/api/cities/abc'],
];

const validCity = { name: 'Tamale', country: 'GH', admin1: '06' };
const validPartnership = { africanCityId: 12, usCityId: 11, kind: 'sister', stage: 'interest', cohort: '500in5' };

const BAD_WRITES: BadRequest[] = [
  ['malformed JSON', NOT_JSON, 'POST', '/api/cities', '{"name": '],
  ['malformed JSON in a PUT', NOT_JSON, 'PUT', '/api/partnerships/1', '{"version": 1,'],
  ['an empty body', NOT_JSON, 'POST', '/api/events', ''],
  ['a body that is an array', NOT_AN_OBJECT, 'POST', '/api/programs', [validCity]],
  ['a body that is null', NOT_AN_OBJECT, 'PUT', '/api/cities/12', 'null'],
  ['a string where a number belongs (city population)', fieldErrors({ population: TRANSLATED }), 'POST', '/api/cities', { ...validCity, population: 'many' }],
  ['a string where a number belongs (partnership city id)', fieldErrors({ africanCityId: 'app.validation.number' }), 'POST', '/api/partnerships', { ...validPartnership, africanCityId: '12' }],
  ['a string where a number belongs (program year)', fieldErrors({ cycleYear: 'app.validation.number' }), 'POST', '/api/programs', { kind: 'exchange', title: 'Teachers', cycleYear: '2027', status: 'planned' }],
  ['a string where a number belongs (event adults)', fieldErrors({ adults: TRANSLATED }), 'POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01', adults: '3' }],
  ['a string in a list of ids', fieldErrors({ partnershipIds: TRANSLATED }), 'POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01', partnershipIds: ['1'] }],
  ['an object where text belongs', fieldErrors({ name: TRANSLATED }), 'POST', '/api/cities', { ...validCity, name: { first: 'Tamale' } }],
  [
    'an empty object',
    fieldErrors({ africanCityId: 'app.validation.required', usCityId: 'app.validation.required', kind: 'app.validation.choice', stage: 'app.validation.choice', cohort: 'app.validation.choice' }),
    'POST', '/api/partnerships', {},
  ],
  ['a pair of African cities', fieldErrors({ usCityId: 'app.validation.usCity' }), 'POST', '/api/partnerships', { ...validPartnership, usCityId: 1 }],
  ['a pair of US cities', fieldErrors({ africanCityId: 'app.validation.africanCity' }), 'POST', '/api/partnerships', { ...validPartnership, africanCityId: 7 }],
  ['a city that does not exist', fieldErrors({ africanCityId: 'app.validation.unknownCity' }), 'POST', '/api/partnerships', { ...validPartnership, africanCityId: 999999 }],
  ['a linked partnership that does not exist', fieldErrors({ partnershipIds: 'app.validation.unknownPartnership' }), 'POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01', partnershipIds: [999999] }],
  ['an If-Match that is no version', refused(400, 'The If-Match header must carry the record version, e.g. "3".'), 'DELETE', '/api/cities/12', undefined, { 'If-Match': 'abc' }],
  ['a stale If-Match', CONFLICT, 'DELETE', '/api/cities/12', undefined, { 'If-Match': '"7"' }],
  ['a stale version', CONFLICT, 'PUT', '/api/cities/12', { version: 7, notes: 'late' }],
  ['no version', fieldErrors({ version: 'app.validation.required' }), 'PUT', '/api/cities/12', { notes: 'no version' }],
  ['a city still in use', refused(400, 'app.error.cityInUse'), 'DELETE', '/api/cities/1'],
  // Only JSON is read.
  ['a form body', refused(415, expect.any(String) as unknown as string), 'POST', '/api/programs', 'title=T', { 'Content-Type': 'application/x-www-form-urlencoded' }],
];

const TOO_LARGE = refused(413, 'The request body is larger than 1 MB.');
const OVERSIZED: BadRequest[] = [
  ['a city of more than 1 MB', TOO_LARGE, 'POST', '/api/cities', { ...validCity, notes: OVERSIZED_NOTES }],
  ['a change of more than 1 MB', TOO_LARGE, 'PUT', '/api/cities/12', { version: 1, notes: OVERSIZED_NOTES }],
  ['a partnership of more than 1 MB', TOO_LARGE, 'POST', '/api/partnerships', { ...validPartnership, notes: OVERSIZED_NOTES }],
];

/** The request's answer, and every record before and after it. */
async function send(api: Backend, [, , method, path, body, headers]: BadRequest) {
  const before = await snapshot(api);
  const answer = shown(await api.request(method, path, body, headers));
  return { answer, before, after: await snapshot(api) };
}

describeContract('bad input', { data: contractData, reset: 'once' }, ({ api }) => {
  it.each([...BAD_LISTS, ...MISSING, ...BAD_WRITES, ...OVERSIZED])('%s: the answer stated, and nothing written', async (...request) => {
    const { answer, before, after } = await send(api(), request);
    expect(answer).toEqual(request[1]);
    expect(after).toEqual(before);
  });

  it('the data is still the seed after all of it', async () => {
    expect(await snapshot(api())).toEqual(seededSnapshot(contractData()));
  });
});
