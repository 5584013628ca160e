import { describe, expect, it } from 'vitest';
import { planMove } from './movePlan';

const card = (stage: string, extra: Record<string, string> = {}) => ({ stage, signedAt: null, closedReason: null, ...extra }) as Parameters<typeof planMove>[0];
const nothing = { signedAt: false, closedReason: false, note: false };

describe('what a move asks before it is sent', () => {
  it('asks nothing for a step forward before signature', () => {
    expect(planMove(card('exploring'), 'proposal', 'staff')).toEqual({ needs: nothing });
  });

  it('asks the signing date for a signed stage, unless the partnership has one', () => {
    expect(planMove(card('approvals'), 'signed', 'staff')).toEqual({ needs: { ...nothing, signedAt: true } });
    expect(planMove(card('signed', { signedAt: '2026-05-01' }), 'active', 'coordinator')).toEqual({ needs: nothing });
  });

  it('asks a reason to close and a note to step back', () => {
    expect(planMove(card('proposal'), 'closed', 'staff')).toEqual({ needs: { ...nothing, closedReason: true } });
    expect(planMove(card('proposal'), 'interest', 'coordinator')).toEqual({ needs: { ...nothing, note: true } });
  });

  it('refuses outright what no answer can allow', () => {
    expect(planMove(card('signed', { signedAt: '2026-05-01' }), 'approvals', 'coordinator')).toEqual({ refusal: 'app.stage.refused.unsign' });
    expect(planMove(card('closed', { closedReason: 'No reply' }), 'prospect', 'staff')).toEqual({ refusal: 'app.stage.refused.terminal' });
    expect(planMove(card('exploring'), 'ended', 'staff')).toEqual({ refusal: 'app.stage.refused.endedFrom' });
  });
});
