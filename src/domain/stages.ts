import type { Role } from './user';

/** The pipeline, in order. */
export const PIPELINE = ['prospect', 'interest', 'exploring', 'proposal', 'approvals', 'signed', 'active'] as const;
/** Ways out: dormant (signed, quiet), ended (after signing), closed (before signing). */
export const EXITS = ['dormant', 'ended', 'closed'] as const;
export const STAGES = [...PIPELINE, ...EXITS] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which the agreement is signed: they need `signedAt`. */
export const SIGNED_STAGES: readonly Stage[] = ['signed', 'active', 'dormant', 'ended'];
/** Stages before a signature. */
export const PRE_SIGNATURE: readonly Stage[] = ['prospect', 'interest', 'exploring', 'proposal', 'approvals'];
/** A partnership is open until it has ended or was closed; an open pair of cities is unique. */
export const isOpenStage = (stage: Stage) => stage !== 'ended' && stage !== 'closed';
export const isSignedStage = (stage: Stage) => SIGNED_STAGES.includes(stage);

/** Days without activity after which an unsigned partnership counts as stalled. */
export const STALL_THRESHOLD_DAYS: Partial<Record<Stage, number>> = {
  interest: 60,
  exploring: 60,
  proposal: 120,
  approvals: 120,
};

export type StageMoveRefusal =
  | 'app.stage.refused.terminal'
  | 'app.stage.refused.unsign'
  | 'app.stage.refused.backNeedsNote'
  | 'app.stage.refused.dormantFrom'
  | 'app.stage.refused.endedFrom'
  | 'app.stage.refused.closedFrom'
  | 'app.stage.refused.closedReason'
  | 'app.stage.refused.signedAt'
  | 'app.stage.refused.fromDormant';

export interface StageMove {
  from: Stage;
  to: Stage;
  note?: string | null;
  signedAt?: string | null;
  closedReason?: string | null;
  /** Who moves it: staff and admins may correct a wrong stage; anyone else (or no one) may not. */
  role?: Role | null;
}

/** Staff and admins may set a partnership back to any earlier stage, across a signature too (decision 014). */
export const mayCorrectStages = (role: Role | null | undefined) => role === 'admin' || role === 'staff';

const rank = (stage: Stage) => (PIPELINE as readonly Stage[]).indexOf(stage);

/** A move to an earlier stage: back in the pipeline, or out of dormant to anything but active. */
const isMoveBack = (from: Stage, to: Stage) => (from === 'dormant' ? to !== 'active' : rank(to) < rank(from));

/** A correction of a wrong stage that only staff and admins may make: back before signature, or out of dormant. */
const isCorrection = (from: Stage, to: Stage) =>
  (isSignedStage(from) && !isSignedStage(to)) || (from === 'dormant' && to !== 'active');

/**
 * What a partnership in `stage` must hold, or null: a signing date once signed, a reason once
 * closed. The one copy of this rule: the schema asks it of every partnership written, and
 * refuseStageMove of every move.
 */
export function missingForStage(
  stage: Stage,
  { signedAt, closedReason }: Pick<StageMove, 'signedAt' | 'closedReason'>,
): 'app.stage.refused.signedAt' | 'app.stage.refused.closedReason' | null {
  if (isSignedStage(stage) && !signedAt) return 'app.stage.refused.signedAt';
  if (stage === 'closed' && !closedReason?.trim()) return 'app.stage.refused.closedReason';
  return null;
}

/**
 * Why a move from one stage to another is refused, or null when it is allowed.
 * Forward moves may skip stages; backward moves need a note; only staff and admins may undo a
 * signature or move a dormant partnership back (a correction), others end it instead; ended
 * and closed are final.
 */
export function refuseStageMove({ from, to, note, signedAt, closedReason, role }: StageMove): StageMoveRefusal | null {
  if (from === to) return null;
  if (from === 'ended' || from === 'closed') return 'app.stage.refused.terminal';
  const missing = missingForStage(to, { signedAt, closedReason });
  if (missing) return missing;
  switch (to) {
    case 'closed':
      return PRE_SIGNATURE.includes(from) ? null : 'app.stage.refused.closedFrom';
    case 'ended':
      return isSignedStage(from) ? null : 'app.stage.refused.endedFrom';
    case 'dormant':
      return from === 'signed' || from === 'active' ? null : 'app.stage.refused.dormantFrom';
  }
  if (isCorrection(from, to) && !mayCorrectStages(role)) {
    return from === 'dormant' ? 'app.stage.refused.fromDormant' : 'app.stage.refused.unsign';
  }
  if (isMoveBack(from, to) && !note?.trim()) return 'app.stage.refused.backNeedsNote';
  return null;
}

/** Every stage a partnership in `from` may be moved to by `role` (given the note and dates it would need). */
export function nextStages(from: Stage, role?: Role | null): Stage[] {
  return STAGES.filter(
    (to) =>
      to !== from &&
      refuseStageMove({ from, to, note: 'n', signedAt: '2000-01-01', closedReason: 'r', role }) === null,
  );
}
