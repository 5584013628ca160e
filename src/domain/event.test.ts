import { describe, expect, it } from 'vitest';
import { partnershipsMovedBy } from './event';

const event = (startsAt: string, partnershipIds: number[]) => ({ startsAt, partnershipIds });

describe('partnershipsMovedBy', () => {
  it('is every partnership listed by a new or a deleted event', () => {
    expect(partnershipsMovedBy(null, event('2026-11-01T10:00:00Z', [1, 2]))).toEqual([1, 2]);
    expect(partnershipsMovedBy(event('2026-11-01T10:00:00Z', [3]), null)).toEqual([3]);
  });

  it('is those joined or left when the day stays, and all of them when it changes', () => {
    const before = event('2026-11-01T10:00:00Z', [1, 2]);
    expect(partnershipsMovedBy(before, event('2026-11-01T18:00:00Z', [2, 3]))).toEqual([1, 3]);
    expect(partnershipsMovedBy(before, event('2026-11-01T10:00:00Z', [1, 2]))).toEqual([]);
    expect(partnershipsMovedBy(before, event('2026-11-02T10:00:00Z', [2, 3]))).toEqual([1, 2, 3]);
  });
});
