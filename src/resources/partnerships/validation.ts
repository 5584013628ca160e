import { checkPartnershipUpdate, partnershipInputSchema, type PartnershipInput, type Stage } from '../../domain';
import { validateWith } from '../../lib/validate';

const checkFields = validateWith(partnershipInputSchema);

/**
 * The form's `validate`: the same schema the API applies and, when editing, the same stage-move
 * rule against the stage the partnership is stored in, so a refused move says why before saving.
 */
export function validatePartnership(storedStage?: Stage) {
  return (values: Record<string, unknown>): Record<string, unknown> => {
    const fieldErrors = checkFields(values);
    if (!storedStage) return fieldErrors;
    const moveErrors = checkPartnershipUpdate({ stage: storedStage }, values as Partial<PartnershipInput> as PartnershipInput);
    return { ...moveErrors, ...fieldErrors };
  };
}
