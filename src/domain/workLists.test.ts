import { describe, expect, it } from 'vitest';
import { STAGES } from './stages';
import { dueState, duesLapsed, isDueSoon, isOverdue, leaderTermEndsSoon, WORK_LISTS, workListFilter } from './workLists';

const TODAY = '2026-12-05';

describe('dueState', () => {
  it('marks an open next step before today overdue, and from today to a week ahead due soon', () => {
    const days = [null, '2026-01-01', '2026-12-04', '2026-12-05', '2026-12-12', '2026-12-13'];
    expect(days.map((nextStepDue) => dueState({ stage: 'exploring', nextStepDue }, TODAY))).toEqual([null, 'overdue', 'overdue', 'soon', 'soon', null]);
  });

  it('asks nothing of a partnership that has ended or was closed', () => {
    const states = STAGES.map((stage) => [stage, dueState({ stage, nextStepDue: '2026-11-01' }, TODAY)]);
    expect(states.filter(([, state]) => state === null).map(([stage]) => stage)).toEqual(['ended', 'closed']);
  });

  it('answers isOverdue and isDueSoon alike', () => {
    const partnerships = [{ stage: 'active', nextStepDue: '2026-12-01' }, { stage: 'prospect', nextStepDue: '2026-12-08' }] as const;
    expect(partnerships.map((p) => [isOverdue(p, TODAY), isDueSoon(p, TODAY)])).toEqual([[true, false], [false, true]]);
  });
});

describe('leaderTermEndsSoon', () => {
  it('holds from today up to six months ahead, both days included', () => {
    const ends = [null, '2026-12-04', '2026-12-05', '2027-06-05', '2027-06-06'];
    expect(ends.map((leaderTermEnds) => leaderTermEndsSoon({ leaderTermEnds }, TODAY))).toEqual([false, false, true, true, false]);
  });

  it('ends six months ahead on the last day of a shorter month', () => {
    expect([leaderTermEndsSoon({ leaderTermEnds: '2027-02-28' }, '2026-08-31'), leaderTermEndsSoon({ leaderTermEnds: '2027-03-01' }, '2026-08-31')]).toEqual([true, false]);
  });
});

describe('duesLapsed', () => {
  it('holds for a US member whose dues are unpaid or paid through a day before today', () => {
    const paidThrough = [null, '2026-12-04', '2026-12-05', '2027-01-01'];
    expect(paidThrough.map((duesPaidThrough) => duesLapsed({ side: 'us', sciMember: true, duesPaidThrough }, TODAY))).toEqual([true, true, false, false]);
  });

  it('never holds for a city that is no member, nor for an African city', () => {
    expect([duesLapsed({ side: 'us', sciMember: false, duesPaidThrough: null }, TODAY), duesLapsed({ side: 'africa', sciMember: false, duesPaidThrough: null }, TODAY)]).toEqual([false, false]);
  });
});

describe('workListFilter', () => {
  it('gives every work list a list filter, without a region', () => {
    expect(WORK_LISTS.map((key) => workListFilter(key, { userId: 7 }))).toEqual([
      { resource: 'partnerships', filter: { due: 'overdue' } },
      { resource: 'partnerships', filter: { due: 'soon' } },
      { resource: 'partnerships', filter: { stalled: true } },
      { resource: 'cities', filter: { termEndsSoon: true } },
      { resource: 'cities', filter: { duesLapsed: true } },
      { resource: 'partnerships', filter: { ownerId: 7, open: true } },
    ]);
  });

  it('scopes each to an AU region: dues through the US cities partners', () => {
    expect(WORK_LISTS.map((key) => workListFilter(key, { userId: 7, region: 'Eastern' }).filter)).toEqual([
      { due: 'overdue', region: 'Eastern' },
      { due: 'soon', region: 'Eastern' },
      { stalled: true, region: 'Eastern' },
      { termEndsSoon: true, region: 'Eastern' },
      { duesLapsed: true, partnerRegion: 'Eastern' },
      { ownerId: 7, open: true, region: 'Eastern' },
    ]);
  });
});
