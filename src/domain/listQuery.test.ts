import { describe, expect, it } from 'vitest';
import { ListQueryError, parseListQuery } from './listQuery';

const params = (query: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)]));

describe('list parameters', () => {
  it('reads sort, range and filter as ra-data-simple-rest sends them', () => {
    const query = parseListQuery(
      'partnerships',
      params({
        sort: ['signedAt', 'DESC'],
        range: [25, 49],
        filter: { q: ' Accra ', stage: ['signed', 'active'], region: 'Western', signedAt_gte: '2024-01-01', stalled: true },
      }),
    );
    expect(query.sort).toEqual({ field: 'signedAt', order: 'DESC' });
    expect(query.range).toEqual([25, 49]);
    expect(query.conditions).toEqual([
      { field: 'q', op: 'search', value: 'Accra' },
      { field: 'stage', op: 'in', value: ['signed', 'active'] },
      { field: 'region', op: 'eq', value: 'Western' },
      { field: 'signedAt', op: 'gte', value: '2024-01-01' },
      { field: 'stalled', op: 'eq', value: true },
    ]);
  });

  it('defaults to the resource’s natural order, and without a range (getMany) to every record, up to a page of 1000', () => {
    expect(parseListQuery('cities', new URLSearchParams())).toEqual({
      sort: { field: 'name', order: 'ASC' },
      range: [0, 999],
      conditions: [],
    });
  });

  it('reads getMany’s id list and numbers sent as text', () => {
    const query = parseListQuery('cities', params({ filter: { id: [1, '2'], population_gte: '100000' } }));
    expect(query.conditions).toEqual([
      { field: 'id', op: 'in', value: [1, 2] },
      { field: 'population', op: 'gte', value: 100000 },
    ]);
  });

  it.each([
    ['an unknown sort field', { sort: ['password', 'ASC'] }, /Cannot sort by password/],
    ['a filter-only field as sort', { sort: ['cityId', 'ASC'] }, /Cannot sort by cityId/],
    ['a bad sort order', { sort: ['name', 'UP'] }, /sort parameter/],
    ['an unknown filter field', { filter: { secret: 1 } }, /Unknown filter field: secret/],
    ['an unknown range field', { filter: { secret_gte: 1 } }, /Unknown filter field: secret/],
    ['text where a number belongs', { filter: { id: 'abc' } }, /expects a number/],
    ['an unknown stage', { filter: { stage: 'won' } }, /expects one of/],
    ['a bad date', { filter: { signedAt_gte: 'yesterday' } }, /expects a date/],
    ['a reversed range', { range: [10, 5] }, /range parameter/],
    ['a page too large', { range: [0, 5000] }, /at most 1000/],
    ['a filter that is not an object', { filter: [1, 2] }, /must be a JSON object/],
  ])('refuses %s', (_label, query, message) => {
    expect(() => parseListQuery('partnerships', params(query))).toThrow(message);
  });

  it('refuses JSON it cannot read, naming the parameter', () => {
    const broken = new URLSearchParams({ filter: '{"q":' });
    expect(() => parseListQuery('events', broken)).toThrow(ListQueryError);
    expect(() => parseListQuery('events', broken)).toThrow(/filter parameter is not valid JSON/);
  });
});

describe('hostile list parameters', () => {
  const refusal = (resource: 'cities' | 'partnerships', query: Record<string, unknown>) => {
    try {
      parseListQuery(resource, params(query));
      return 'accepted';
    } catch (error) {
      return error instanceof ListQueryError ? error.message : String(error);
    }
  };

  it('reads only the spec’s own fields, never a built-in property of objects', () => {
    expect(['constructor', 'toString', '__proto__', 'hasOwnProperty_gte'].map((key) => refusal('cities', { filter: JSON.parse(`{"${key}":1}`) }))).toEqual([
      'Unknown filter field: constructor.',
      'Unknown filter field: toString.',
      'Unknown filter field: __proto__.',
      'Unknown filter field: hasOwnProperty.',
    ]);
  });

  it('bounds offsets and whole numbers to what every database holds', () => {
    expect([
      refusal('cities', { range: [1e21, 1e21] }),
      refusal('cities', { filter: { id: 2 ** 31 } }),
      refusal('cities', { filter: { population_gte: 1.5 } }),
      refusal('cities', { filter: { id: 2 ** 31 - 1 } }),
    ]).toEqual(['The range parameter must look like [0,24].', 'Filter id expects a number.', 'Filter population_gte expects a number.', 'accepted']);
  });

  it('takes dates that exist and text that can be stored', () => {
    expect([
      refusal('cities', { filter: { createdAt: '2026-13-45' } }),
      refusal('cities', { filter: { q: 'a\u0000' } }),
      refusal('cities', { filter: { q: 'x'.repeat(5001) } }),
    ]).toEqual(['Filter createdAt expects a date (YYYY-MM-DD).', 'Filter q holds characters that cannot be stored.', 'Filter q is too long.']);
  });
});
