import { describe, expect, it } from 'vitest';
import { validatePartnership } from './validation';
import { stageChoicesFrom } from './StageInputs';

const valid = { africanCityId: 1, usCityId: 2, kind: 'sister', cohort: '500in5', stage: 'exploring', focusAreas: [] };

describe('validatePartnership', () => {
  it('accepts a complete partnership', () => {
    expect(validatePartnership()(valid)).toEqual({});
    expect(validatePartnership('interest')(valid)).toEqual({});
  });

  it('asks for both cities', () => {
    const errors = validatePartnership()({ ...valid, africanCityId: null, usCityId: undefined });
    expect(errors).toMatchObject({ africanCityId: 'app.validation.required', usCityId: 'app.validation.required' });
  });

  it('asks for the signing date from the signed stage on', () => {
    expect(validatePartnership('approvals')({ ...valid, stage: 'signed', signedAt: null })).toMatchObject({
      signedAt: 'app.stage.refused.signedAt',
    });
    expect(validatePartnership('approvals')({ ...valid, stage: 'signed', signedAt: '2025-03-01' })).toEqual({});
  });

  it('refuses a move back without a note, against the stored stage, next to the note', () => {
    expect(validatePartnership('proposal')({ ...valid, stage: 'interest' })).toEqual({
      stageNote: 'app.stage.refused.backNeedsNote',
    });
    expect(validatePartnership('proposal')({ ...valid, stage: 'interest', stageNote: 'Council elections' })).toEqual({});
  });

  it('asks why a partnership is closed', () => {
    expect(validatePartnership('exploring')({ ...valid, stage: 'closed' })).toMatchObject({
      closedReason: 'app.stage.refused.closedReason',
    });
  });
});

const ids = (stage?: Parameters<typeof stageChoicesFrom>[0]) => stageChoicesFrom(stage).map((choice) => choice.id);

describe('stageChoicesFrom', () => {
  it('offers the stored stage first, then the moves the rules allow', () => {
    expect(ids('signed')).toEqual(['signed', 'active', 'dormant', 'ended']);
    expect(ids('dormant')).toEqual(['dormant', 'active', 'ended']);
  });

  it('offers nothing but the stage itself once a partnership is closed', () => {
    expect(ids('closed')).toEqual(['closed']);
  });

  it('offers every stage on create', () => {
    expect(ids()).toHaveLength(10);
  });
});
