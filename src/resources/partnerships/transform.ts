import { PARTNERSHIP_DERIVED, withSignatureOfStage, type PartnershipInput, type Stage } from '../../domain';
import { blankToNull } from '../../lib/formValues';

type FormValues = Record<string, unknown>;

/** Shown on a partnership but owned by the server: the API ignores or refuses them. */
const READ_ONLY = [...PARTNERSHIP_DERIVED, 'stageHistory', 'createdAt', 'updatedAt'] as const;

const TEXT_FIELDS = ['stageNote', 'closedReason', 'nextStep', 'notes'] as const;
const DATE_FIELDS = ['firstContactAt', 'signedAt', 'sciRecognizedAt', 'nextStepDue'] as const;

/**
 * The payload a partnership form sends: what a person may write, nothing the server derives.
 * `version` stays so a stale save is refused (409). The stage note travels only with a change
 * of stage (or with the first stage, on create), and a reason for closing only when closing:
 * a note typed, then left behind by picking another stage, must not land in the history.
 * A correction back before signature sends no signing dates, as the server keeps none.
 */
export function toPartnershipPayload(data: FormValues, options?: { previousData?: FormValues }): FormValues {
  const payload: FormValues = { ...data };
  for (const field of READ_ONLY) delete payload[field];
  for (const field of [...TEXT_FIELDS, ...DATE_FIELDS]) payload[field] = blankToNull(payload[field]);
  payload.focusAreas = Array.isArray(data.focusAreas) ? data.focusAreas : [];

  const storedStage = options?.previousData?.stage as Stage | undefined;
  if (storedStage !== undefined && storedStage === data.stage) payload.stageNote = null;
  if (data.stage !== 'closed') payload.closedReason = null;
  if (storedStage === undefined) return payload;
  return withSignatureOfStage(storedStage, payload as FormValues & Pick<PartnershipInput, 'stage' | 'signedAt' | 'sciRecognizedAt'>);
}
