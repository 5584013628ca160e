import { bulkSetSchema, type BulkSet } from '../../../domain';
import { validateWith } from '../../../lib/validate';

const checkSet = validateWith(bulkSetSchema);

/** The next step and due date the user filled in: a field left blank stays as each row has it. */
export function nextStepSet(values: Record<string, unknown>): BulkSet {
  const set: BulkSet = {};
  if (typeof values.nextStep === 'string' && values.nextStep.trim() !== '') set.nextStep = values.nextStep;
  if (typeof values.nextStepDue === 'string' && values.nextStepDue !== '') set.nextStepDue = values.nextStepDue;
  return set;
}

/** The form's `validate`: something to set, within the limits the API asks (the partnership's own). */
export function validateNextStep(values: Record<string, unknown>): Record<string, unknown> {
  const set = nextStepSet(values);
  if (Object.keys(set).length === 0) return { nextStep: 'app.validation.bulkNextStepOrDue' };
  return checkSet(set);
}
