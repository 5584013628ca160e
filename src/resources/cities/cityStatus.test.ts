import { describe, expect, it } from 'vitest';
import { addMonths, leaderTermStatus, membershipStatus } from './cityStatus';

const today = '2025-03-15';

describe('membershipStatus', () => {
  const usCity = { country: 'US', sciMember: true, duesPaidThrough: '2025-12-31' };

  it('has no membership outside the US', () => {
    expect(membershipStatus({ ...usCity, country: 'GH' }, today)).toBe('notApplicable');
  });

  it('tells members with current dues from those whose dues lapsed', () => {
    expect(membershipStatus(usCity, today)).toBe('current');
    expect(membershipStatus({ ...usCity, duesPaidThrough: today }, today)).toBe('current');
    expect(membershipStatus({ ...usCity, duesPaidThrough: '2025-03-14' }, today)).toBe('lapsed');
  });

  it('says when a member has no dues date, and when a US city is no member', () => {
    expect(membershipStatus({ ...usCity, duesPaidThrough: null }, today)).toBe('unknown');
    expect(membershipStatus({ ...usCity, sciMember: false }, today)).toBe('notMember');
  });
});

describe('leaderTermStatus', () => {
  it('warns from six months before the term ends', () => {
    expect(leaderTermStatus('2025-09-15', today)).toBe('endsSoon');
    expect(leaderTermStatus('2025-09-16', today)).toBe('ok');
    expect(leaderTermStatus(today, today)).toBe('endsSoon');
  });

  it('says when the term has already ended, and nothing without a date', () => {
    expect(leaderTermStatus('2025-03-14', today)).toBe('ended');
    expect(leaderTermStatus(null, today)).toBe('ok');
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2025-03-15', 6)).toBe('2025-09-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});
