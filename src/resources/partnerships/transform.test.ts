import { describe, expect, it } from 'vitest';
import { toPartnershipPayload } from './transform';

const stored = {
  id: 7,
  version: 3,
  createdAt: '2024-01-02T10:00:00Z',
  updatedAt: '2024-05-02T10:00:00Z',
  africanCityId: 11,
  usCityId: 22,
  africanCityName: 'Kumasi',
  usCityName: 'Dayton',
  region: 'Western',
  usRegion: 'Midwest',
  country: 'GH',
  usState: 'OH',
  stalled: true,
  stageHistory: [{ stage: 'prospect', at: '2024-01-02', by: 1, note: null }],
  kind: 'sister',
  cohort: '500in5',
  stage: 'exploring',
  focusAreas: ['arts_culture'],
  lastActivityAt: '2024-04-01',
  signedAt: null,
  notes: 'Met at the summit',
};

describe('toPartnershipPayload', () => {
  it('keeps what a person writes and the version, and drops what the server derives', () => {
    const payload = toPartnershipPayload({ ...stored, stage: 'proposal' }, { previousData: stored });
    expect(payload).toMatchObject({ id: 7, version: 3, africanCityId: 11, usCityId: 22, stage: 'proposal' });
    expect(payload.lastActivityAt).toBe('2024-04-01');
    for (const field of ['africanCityName', 'usCityName', 'region', 'usRegion', 'country', 'usState', 'stalled', 'stageHistory', 'createdAt', 'updatedAt']) {
      expect(payload).not.toHaveProperty(field);
    }
  });

  it('sends the stage note only when the stage changes', () => {
    const moved = toPartnershipPayload({ ...stored, stage: 'interest', stageNote: 'Mayor changed' }, { previousData: stored });
    expect(moved.stageNote).toBe('Mayor changed');
    const unchanged = toPartnershipPayload({ ...stored, stageNote: 'Left behind' }, { previousData: stored });
    expect(unchanged.stageNote).toBeNull();
  });

  it('keeps the first stage note on create', () => {
    const payload = toPartnershipPayload({ stage: 'prospect', stageNote: 'Met in Cape Town' });
    expect(payload.stageNote).toBe('Met in Cape Town');
  });

  it('sends a reason for closing only with the closed stage', () => {
    const closing = toPartnershipPayload({ ...stored, stage: 'closed', closedReason: 'No council support' }, { previousData: stored });
    expect(closing.closedReason).toBe('No council support');
    const notClosing = toPartnershipPayload({ ...stored, stage: 'proposal', closedReason: 'Typed, then changed my mind' }, { previousData: stored });
    expect(notClosing.closedReason).toBeNull();
  });

  it('sends no signing dates with a correction back before signature', () => {
    const signed = { ...stored, stage: 'active', signedAt: '2026-05-01', sciRecognizedAt: '2026-06-01' };
    const corrected = toPartnershipPayload({ ...signed, stage: 'approvals', stageNote: 'Signed by mistake' }, { previousData: signed });
    expect(corrected).toMatchObject({ stage: 'approvals', signedAt: null, sciRecognizedAt: null });
    expect(toPartnershipPayload({ ...signed, stage: 'dormant' }, { previousData: signed })).toMatchObject({ signedAt: '2026-05-01' });
  });

  it('turns blank texts and dates into null and a missing focus list into an empty one', () => {
    const payload = toPartnershipPayload({ stage: 'prospect', notes: '   ', nextStep: '', signedAt: '', nextStepDue: undefined });
    expect(payload).toMatchObject({ notes: null, nextStep: null, signedAt: null, nextStepDue: null, focusAreas: [] });
  });

  it('does not change the form values it is given', () => {
    const values = { ...stored, stage: 'proposal', notes: '' };
    toPartnershipPayload(values, { previousData: stored });
    expect(values.notes).toBe('');
    expect(values.africanCityName).toBe('Kumasi');
  });
});
