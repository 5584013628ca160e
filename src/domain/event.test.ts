import { describe, expect, it } from 'vitest';
import { eventInputSchema, partnershipsMovedBy } from './event';

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

function dateErrorOf(startsAt: string) {
  const result = eventInputSchema.safeParse({ type: 'exchange', title: 'Visit', startsAt });
  return result.success ? null : result.error.issues.find((issue) => issue.path[0] === 'startsAt')?.message;
}

describe('an event\'s times', () => {
  it('are real instants of the calendar', () => {
    expect(dateErrorOf('2026-12-05T10:00:00.000Z')).toBeNull();
    expect(['2026-02-30T10:00:00.000Z', '2026-13-01T10:00:00Z', 'Dec 17 1995', '2026-12-05junk'].map(dateErrorOf)).toEqual(Array(4).fill('app.validation.date'));
  });
});
