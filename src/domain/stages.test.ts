import { describe, expect, it } from 'vitest';
import { nextStages, refuseStageMove, STAGES, type Stage } from './stages';

const signedAt = '2024-05-01';
const note = 'Council elections postponed the vote';
const closedReason = 'The mayor declined';
const allowed = (from: Stage, to: Stage, extra = {}) => refuseStageMove({ from, to, signedAt, note, closedReason, ...extra });

/** The whole table of moves for a coordinator (or no one): `ok` when allowed with every supporting field given. */
const EXPECTED: Record<Stage, Partial<Record<Stage, string>>> = {
  prospect: { dormant: 'dormantFrom', ended: 'endedFrom' },
  interest: { dormant: 'dormantFrom', ended: 'endedFrom' },
  exploring: { dormant: 'dormantFrom', ended: 'endedFrom' },
  proposal: { dormant: 'dormantFrom', ended: 'endedFrom' },
  approvals: { dormant: 'dormantFrom', ended: 'endedFrom' },
  signed: { prospect: 'unsign', interest: 'unsign', exploring: 'unsign', proposal: 'unsign', approvals: 'unsign', closed: 'closedFrom' },
  active: { prospect: 'unsign', interest: 'unsign', exploring: 'unsign', proposal: 'unsign', approvals: 'unsign', closed: 'closedFrom' },
  dormant: {
    prospect: 'fromDormant', interest: 'fromDormant', exploring: 'fromDormant', proposal: 'fromDormant',
    approvals: 'fromDormant', signed: 'fromDormant', closed: 'closedFrom',
  },
  ended: Object.fromEntries(STAGES.filter((s) => s !== 'ended').map((s) => [s, 'terminal'])),
  closed: Object.fromEntries(STAGES.filter((s) => s !== 'closed').map((s) => [s, 'terminal'])),
};

describe('stage moves', () => {
  for (const from of STAGES) {
    for (const to of STAGES) {
      const expected = EXPECTED[from][to];
      it(`${from} → ${to} is ${expected ? `refused (${expected})` : 'allowed'}`, () => {
        expect(allowed(from, to)).toBe(expected ? `app.stage.refused.${expected}` : null);
      });
    }
  }

  it('lets a move forward skip stages without a note', () => {
    expect(refuseStageMove({ from: 'prospect', to: 'proposal' })).toBeNull();
    expect(refuseStageMove({ from: 'interest', to: 'active', signedAt })).toBeNull();
  });

  it('asks for a note to move back, and a blank note is no note', () => {
    expect(refuseStageMove({ from: 'proposal', to: 'exploring' })).toBe('app.stage.refused.backNeedsNote');
    expect(refuseStageMove({ from: 'proposal', to: 'exploring', note: '   ' })).toBe('app.stage.refused.backNeedsNote');
    expect(refuseStageMove({ from: 'active', to: 'signed', signedAt })).toBe('app.stage.refused.backNeedsNote');
    expect(refuseStageMove({ from: 'proposal', to: 'exploring', note })).toBeNull();
  });

  it('needs the signing date for signed and later', () => {
    for (const to of ['signed', 'active'] as const) {
      expect(refuseStageMove({ from: 'approvals', to })).toBe('app.stage.refused.signedAt');
    }
    expect(refuseStageMove({ from: 'active', to: 'dormant' })).toBe('app.stage.refused.signedAt');
  });

  it('needs a reason to close', () => {
    expect(refuseStageMove({ from: 'exploring', to: 'closed' })).toBe('app.stage.refused.closedReason');
    expect(refuseStageMove({ from: 'exploring', to: 'closed', closedReason: ' ' })).toBe('app.stage.refused.closedReason');
  });

  it('staying on a stage is always allowed', () => {
    for (const stage of STAGES) expect(refuseStageMove({ from: stage, to: stage })).toBeNull();
  });

  it('offers the stages one may move to', () => {
    expect(nextStages('dormant')).toEqual(['active', 'ended']);
    expect(nextStages('ended')).toEqual([]);
    expect(nextStages('signed')).toEqual(['active', 'dormant', 'ended']);
    expect(nextStages('exploring')).toEqual(['prospect', 'interest', 'proposal', 'approvals', 'signed', 'active', 'closed']);
  });

  it('lets staff and admins correct a wrong stage back across a signature, with a note', () => {
    for (const role of ['staff', 'admin'] as const) {
      for (const from of ['signed', 'active', 'dormant'] as const) {
        expect(refuseStageMove({ from, to: 'proposal', role, note })).toBeNull();
        expect(refuseStageMove({ from, to: 'prospect', role })).toBe('app.stage.refused.backNeedsNote');
      }
      expect(refuseStageMove({ from: 'dormant', to: 'signed', role, note, signedAt })).toBeNull();
      expect(refuseStageMove({ from: 'ended', to: 'signed', role, note, signedAt })).toBe('app.stage.refused.terminal');
      expect(refuseStageMove({ from: 'active', to: 'closed', role, note, closedReason })).toBe('app.stage.refused.closedFrom');
    }
  });

  it('keeps the old rule for coordinators, leadership and a write with no one behind it', () => {
    for (const role of ['coordinator', 'leadership', null] as const) {
      expect(refuseStageMove({ from: 'signed', to: 'proposal', role, note })).toBe('app.stage.refused.unsign');
      expect(refuseStageMove({ from: 'dormant', to: 'signed', role, note, signedAt })).toBe('app.stage.refused.fromDormant');
    }
  });

  it('offers staff every earlier stage of a signed partnership', () => {
    expect(nextStages('signed', 'staff')).toEqual(['prospect', 'interest', 'exploring', 'proposal', 'approvals', 'active', 'dormant', 'ended']);
    expect(nextStages('signed', 'coordinator')).toEqual(['active', 'dormant', 'ended']);
  });
});
