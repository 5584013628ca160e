import { describe, expect, it } from 'vitest';
import { nextStepSet, validateNextStep } from './nextStepSet';

describe('the next step a bulk action sets', () => {
  it('sends only the fields filled in', () => {
    expect(nextStepSet({ nextStep: 'Call the mayor', nextStepDue: '' })).toEqual({ nextStep: 'Call the mayor' });
    expect(nextStepSet({ nextStep: '  ', nextStepDue: '2027-01-15' })).toEqual({ nextStepDue: '2027-01-15' });
    expect(nextStepSet({ nextStep: 'Send the MoU', nextStepDue: '2027-01-15' })).toEqual({ nextStep: 'Send the MoU', nextStepDue: '2027-01-15' });
  });

  it('asks for something to set, within the partnership’s limits', () => {
    expect(validateNextStep({ nextStep: '', nextStepDue: null })).toEqual({ nextStep: 'app.validation.bulkNextStepOrDue' });
    expect(validateNextStep({ nextStep: 'x'.repeat(301) })).toEqual({ nextStep: 'app.validation.tooLong' });
    expect(validateNextStep({ nextStepDue: '2027-02-30' })).toEqual({ nextStepDue: 'app.validation.date' });
    expect(validateNextStep({ nextStep: 'Send the MoU', nextStepDue: '2027-01-15' })).toEqual({});
  });
});
