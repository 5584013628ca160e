import { checkPartnershipUpdate, partnershipDateErrors, partnershipInputSchema, type PartnershipInput, type Role, type Stage } from '../../domain';
import { validateWith } from '../../lib/validate';

const checkFields = validateWith(partnershipInputSchema);

interface PartnershipRules {
  /** The client's today: no date of the partnership after it, as the server asks with its own. */
  today: string;
  /** When editing: the stage the partnership is stored in. */
  storedStage?: Stage;
  /** Who edits: staff and admins may correct a wrong stage. */
  role?: Role | null;
}

/**
 * The form's `validate`: the same schema and date rule the API applies and, when editing, the
 * same stage-move rule against the stored stage, so a refused move says why before saving.
 */
export function validatePartnership({ today, storedStage, role }: PartnershipRules) {
  return (values: Record<string, unknown>): Record<string, unknown> => {
    const input = values as Partial<PartnershipInput> as PartnershipInput;
    const fieldErrors = { ...partnershipDateErrors(input, today), ...checkFields(values) };
    if (!storedStage) return fieldErrors;
    const moveErrors = checkPartnershipUpdate({ stage: storedStage }, input, role);
    return { ...moveErrors, ...fieldErrors };
  };
}
