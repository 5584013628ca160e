import { describe, expect, it } from 'vitest';
import type { StageChange } from '../../domain';
import { newestFirst } from './StageHistory';

const change = (stage: StageChange['stage'], at: string): StageChange => ({ stage, at, by: 1, note: null });

describe('newestFirst', () => {
  it('puts the latest change on top, whatever order the history came in', () => {
    const history = [change('interest', '2025-02-01T10:00:00Z'), change('prospect', '2024-11-05T09:00:00Z'), change('proposal', '2025-06-30T08:00:00Z')];
    expect(newestFirst(history).map((c) => c.stage)).toEqual(['proposal', 'interest', 'prospect']);
  });

  it('keeps changes of the same instant in the reverse of the order they were recorded', () => {
    const at = '2026-11-28T12:00:00.000Z';
    expect(newestFirst([change('prospect', at), change('exploring', at), change('interest', at)]).map((c) => c.stage)).toEqual([
      'interest',
      'exploring',
      'prospect',
    ]);
  });
});
