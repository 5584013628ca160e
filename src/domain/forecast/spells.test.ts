import { describe, expect, it } from 'vitest';
import { spellsOf } from './spells';

const history = [
  { stage: 'prospect', at: '2025-01-10T09:00:00.000Z' },
  { stage: 'interest', at: '2025-02-09T15:00:00.000Z' },
  { stage: 'closed', at: '2025-05-20T08:00:00.000Z' },
] as const;

describe('spellsOf', () => {
  it('reads each stay with where it went and its whole days', () => {
    expect(spellsOf(history, '2025-12-31')).toEqual([
      { stage: 'prospect', start: '2025-01-10', next: 'interest', days: 30 },
      { stage: 'interest', start: '2025-02-09', next: 'closed', days: 100 },
      { stage: 'closed', start: '2025-05-20', next: null, days: 225 },
    ]);
  });

  it('leaves the last known stay open as of a past day, and knows nothing after it', () => {
    expect(spellsOf(history, '2025-03-01')).toEqual([
      { stage: 'prospect', start: '2025-01-10', next: 'interest', days: 30 },
      { stage: 'interest', start: '2025-02-09', next: null, days: 20 },
    ]);
    expect(spellsOf(history, '2024-12-31')).toEqual([]);
  });
});
