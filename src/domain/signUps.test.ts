import { describe, expect, it } from 'vitest';
import { bucketStarts, computeSignUps, signUpsQuerySchema, signUpUnitOf, weekStartOf, type SignUpInquiry } from './signUps';

describe('weekStartOf', () => {
  it('gives the Monday of the ISO week, across a month and a year', () => {
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23'); // the Sunday after it
    expect(weekStartOf('2026-12-01')).toBe('2026-11-30');
    // ISO week 1 of 2026 began on Monday 29 December 2025; 1 January 2027 is a Friday of 2026's last week.
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29');
    expect(weekStartOf('2027-01-03')).toBe('2026-12-28');
    expect(weekStartOf('2024-03-03')).toBe('2024-02-26'); // over a 29 February
  });
});

describe('the buckets of a period', () => {
  it('counts in weeks up to a year of any length, in months beyond', () => {
    expect(signUpUnitOf('2025-11-29', '2026-11-28')).toBe('week');
    // 366 days from a Sunday to a Monday touch 54 weeks: still weeks.
    expect(signUpUnitOf('2023-03-05', '2024-03-04')).toBe('week');
    expect(signUpUnitOf('2023-03-01', '2026-11-28')).toBe('month');
  });

  it('lists every week or month of the period, the first and last partly in it', () => {
    expect(bucketStarts('2025-12-31', '2026-01-12', 'week')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
    expect(bucketStarts('2025-11-30', '2026-02-01', 'month')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
  });
});

const inquiry = (createdAt: string, fields: Partial<SignUpInquiry> = {}): SignUpInquiry => ({
  createdAt: `${createdAt}T10:00:00.000Z`, region: 'Western', preferredRegion: null, status: 'new', partnership: null, ...fields,
});

describe('computeSignUps', () => {
  const INQUIRIES = [
    inquiry('2025-12-30'),
    inquiry('2026-01-02', { status: 'converted', partnership: { stage: 'signed', signedAt: '2026-03-01' } }),
    inquiry('2026-01-04', { status: 'converted', partnership: { stage: 'exploring', signedAt: null } }),
    inquiry('2026-01-05', { status: 'converted', partnership: null }),
    inquiry('2026-01-20', { region: 'Midwest', preferredRegion: 'Eastern', status: 'declined' }),
    inquiry('2026-02-01', { region: 'Midwest', preferredRegion: 'Western', status: 'converted', partnership: { stage: 'ended', signedAt: '2026-02-20' } }),
    inquiry('2025-12-28'),
  ];

  it('buckets by week with the empty weeks present, and reads the conversions and their rates', () => {
    const answer = computeSignUps(INQUIRIES, { from: '2025-12-29', to: '2026-02-01', region: null });
    expect(answer.unit).toBe('week');
    expect(answer.buckets).toEqual([
      { start: '2025-12-29', signUps: 3 },
      { start: '2026-01-05', signUps: 1 },
      { start: '2026-01-12', signUps: 0 },
      { start: '2026-01-19', signUps: 1 },
      { start: '2026-01-26', signUps: 1 },
    ]);
    expect(answer).toMatchObject({ signUps: 6, converted: 4, prospects: 3, signed: 2, prospectRate: 0.5, signedRate: 2 / 3 });
  });

  it('takes an inquiry in a region by its own region or the one it prefers', () => {
    const answer = computeSignUps(INQUIRIES, { from: '2025-12-29', to: '2026-02-01', region: 'Eastern' });
    expect(answer).toMatchObject({ signUps: 1, converted: 0, prospects: 0, signed: 0, prospectRate: 0, signedRate: null });
  });

  it('has no rate without a base', () => {
    expect(computeSignUps([], { from: '2026-01-01', to: '2026-01-01', region: null })).toMatchObject({
      buckets: [{ start: '2025-12-29', signUps: 0 }], signUps: 0, prospectRate: null, signedRate: null,
    });
  });
});

describe('signUpsQuerySchema', () => {
  it('refuses a period that ends before it starts, and a region outside Africa', () => {
    expect(signUpsQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-01' }).error?.issues[0]).toMatchObject({ path: ['to'], message: 'app.validation.endBeforeStart' });
    expect(signUpsQuerySchema.safeParse({ region: 'Midwest' }).success).toBe(false);
  });
});
