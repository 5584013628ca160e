import { missingForStage, refuseStageMove, type Partnership, type Role, type Stage, type StageMoveRefusal } from '../../domain';

/** What a move asks of the user before it is sent. */
export interface MoveNeeds {
  signedAt: boolean;
  closedReason: boolean;
  note: boolean;
}

export type MovePlan = { refusal: StageMoveRefusal } | { needs: MoveNeeds };

/** Stand-ins that satisfy every requirement, so the rule answers only what no answer can fix. */
const GIVEN = { note: 'n', signedAt: '2000-01-01', closedReason: 'r' };

/**
 * What moving `card` to `to` takes, by the domain's own rule (refuseStageMove): a refusal no
 * answer can lift (the card goes back), or what to ask first — a signing date, a reason, a note.
 */
export function planMove(card: Pick<Partnership, 'stage' | 'signedAt' | 'closedReason'>, to: Stage, role: Role | null | undefined): MovePlan {
  const from = card.stage;
  const refusal = refuseStageMove({ from, to, role, ...GIVEN });
  if (refusal) return { refusal };
  const missing = missingForStage(to, card);
  return {
    needs: {
      signedAt: missing === 'app.stage.refused.signedAt',
      closedReason: missing === 'app.stage.refused.closedReason',
      note: refuseStageMove({ from, to, role, signedAt: GIVEN.signedAt, closedReason: GIVEN.closedReason }) === 'app.stage.refused.backNeedsNote',
    },
  };
}

export const needsAnything = (needs: MoveNeeds) => needs.signedAt || needs.closedReason || needs.note;

/** The answers of the move dialog, sent with the stage. */
export interface MoveAnswers {
  signedAt?: string;
  closedReason?: string;
  stageNote?: string;
}
