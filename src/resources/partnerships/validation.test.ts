import { describe, expect, it } from 'vitest';
import type { Role, Stage } from '../../domain';
import { validatePartnership } from './validation';
import { stageChoicesFrom } from './StageInputs';

const today = '2026-12-04';
const valid = { africanCityId: 1, usCityId: 2, kind: 'sister', cohort: '500in5', stage: 'exploring', focusAreas: [] };
const validate = (storedStage?: Stage, role: Role = 'staff') => validatePartnership({ today, storedStage, role });

describe('validatePartnership', () => {
  it('accepts a complete partnership', () => {
    expect(validate()(valid)).toEqual({});
    expect(validate('interest')(valid)).toEqual({});
  });

  it('asks for both cities', () => {
    const errors = validate()({ ...valid, africanCityId: null, usCityId: undefined });
    expect(errors).toMatchObject({ africanCityId: 'app.validation.required', usCityId: 'app.validation.required' });
  });

  it('asks for the signing date from the signed stage on', () => {
    expect(validate('approvals')({ ...valid, stage: 'signed', signedAt: null })).toMatchObject({
      signedAt: 'app.stage.refused.signedAt',
    });
    expect(validate('approvals')({ ...valid, stage: 'signed', signedAt: '2025-03-01' })).toEqual({});
  });

  it('refuses a date after the client’s today next to its field, and dates out of order', () => {
    expect(validate()({ ...valid, firstContactAt: '2030-01-01' })).toEqual({ firstContactAt: 'app.validation.afterToday' });
    expect(validate('approvals')({ ...valid, stage: 'signed', signedAt: '2027-03-01', sciRecognizedAt: '2027-04-01' })).toEqual({
      signedAt: 'app.validation.afterToday',
      sciRecognizedAt: 'app.validation.afterToday',
    });
    expect(validate()({ ...valid, firstContactAt: today, sciRecognizedAt: '2026-01-01' })).toEqual({
      sciRecognizedAt: 'app.validation.recognizedBeforeContact',
    });
  });

  it('refuses a move back without a note, against the stored stage, next to the note', () => {
    expect(validate('proposal')({ ...valid, stage: 'interest' })).toEqual({
      stageNote: 'app.stage.refused.backNeedsNote',
    });
    expect(validate('proposal')({ ...valid, stage: 'interest', stageNote: 'Council elections' })).toEqual({});
  });

  it('lets staff set a signed partnership back with a note; a coordinator may not', () => {
    const back = { ...valid, stage: 'proposal', signedAt: '2026-05-01' };
    expect(validate('signed')(back)).toEqual({ stageNote: 'app.stage.refused.backNeedsNote' });
    expect(validate('signed')({ ...back, stageNote: 'Entered by mistake' })).toEqual({});
    expect(validate('signed', 'coordinator')({ ...back, stageNote: 'Entered by mistake' })).toEqual({ stage: 'app.stage.refused.unsign' });
  });

  it('asks why a partnership is closed', () => {
    expect(validate('exploring')({ ...valid, stage: 'closed' })).toMatchObject({
      closedReason: 'app.stage.refused.closedReason',
    });
  });
});

const ids = (stage?: Stage, role?: Role) => stageChoicesFrom(stage, role).map((choice) => choice.id);

describe('stageChoicesFrom', () => {
  it('offers the stored stage first, then the moves the rules allow', () => {
    expect(ids('signed', 'coordinator')).toEqual(['signed', 'active', 'dormant', 'ended']);
    expect(ids('dormant', 'coordinator')).toEqual(['dormant', 'active', 'ended']);
  });

  it('offers staff and admins every earlier stage, to correct a wrong one', () => {
    expect(ids('signed', 'staff')).toEqual(['signed', 'prospect', 'interest', 'exploring', 'proposal', 'approvals', 'active', 'dormant', 'ended']);
    expect(ids('dormant', 'admin')).toEqual(['dormant', 'prospect', 'interest', 'exploring', 'proposal', 'approvals', 'signed', 'active', 'ended']);
  });

  it('offers nothing but the stage itself once a partnership is closed', () => {
    expect(ids('closed', 'admin')).toEqual(['closed']);
  });

  it('offers every stage on create', () => {
    expect(ids()).toHaveLength(10);
  });
});
