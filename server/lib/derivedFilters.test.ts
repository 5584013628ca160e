import { describe, expect, it } from 'vitest';
import { acceptedValues, BOOLEANS } from './derivedFilters';

describe('acceptedValues', () => {
  it('takes the values a condition on a boolean accepts, ordered as 0 and 1', () => {
    const conditions = [
      { field: 'open', op: 'eq', value: true },
      { field: 'open', op: 'in', value: [] },
      { field: 'open', op: 'gte', value: false },
      { field: 'open', op: 'lte', value: false },
    ] as const;
    expect(conditions.map((condition) => acceptedValues({ ...condition, value: condition.value as never }, BOOLEANS))).toEqual([[true], [], [true, false], [false]]);
  });

  it('orders the values of an enum as text, as the databases do', () => {
    expect([
      acceptedValues({ field: 'due', op: 'in', value: ['soon', 'overdue'] }, ['overdue', 'soon']),
      acceptedValues({ field: 'due', op: 'gte', value: 'p' }, ['overdue', 'soon']),
    ]).toEqual([['overdue', 'soon'], ['soon']]);
  });
});
