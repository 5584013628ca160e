import { describe, expect, it } from 'vitest';
import { eventInputSchema } from '../../domain/event';
import { toIsoInstant, transformEvent } from './transformEvent';

const stored = {
  id: 7,
  version: 3,
  createdAt: '2024-01-02T10:00:00.000Z',
  updatedAt: '2024-01-03T10:00:00.000Z',
  type: 'delegation_visit',
  title: '  Accra delegation to Chicago ',
  startsAt: '2024-05-01T14:00:00.000Z',
  endsAt: '',
  virtual: false,
  cityId: 12,
  partnershipIds: [4, 9, 4],
  focusArea: '',
  adults: 8,
  youth: null,
  outcome: '   ',
  notes: 'Met the mayor',
};

describe('transformEvent', () => {
  it('sends only writable fields and keeps the version for the conflict check', () => {
    const payload = transformEvent(stored);
    expect(payload).not.toHaveProperty('id');
    expect(payload).not.toHaveProperty('createdAt');
    expect(payload).not.toHaveProperty('updatedAt');
    expect(payload.version).toBe(3);
  });

  it('turns blanks into null, trims text and lists each partnership once', () => {
    const payload = transformEvent(stored);
    expect(payload).toMatchObject({
      title: 'Accra delegation to Chicago',
      endsAt: null,
      focusArea: null,
      outcome: null,
      notes: 'Met the mayor',
      partnershipIds: [4, 9],
    });
  });

  it('drops the city of a virtual event', () => {
    expect(transformEvent({ ...stored, virtual: true }).cityId).toBeNull();
    expect(transformEvent(stored).cityId).toBe(12);
  });

  it('sends the wall-clock time typed in the form as the same instant in UTC', () => {
    const typed = '2024-05-01T10:30';
    expect(transformEvent({ ...stored, startsAt: typed }).startsAt).toBe(new Date(typed).toISOString());
  });

  it('has no version on a new event', () => {
    expect(transformEvent({ ...stored, version: undefined })).not.toHaveProperty('version');
  });

  it('gives a payload the domain schema accepts', () => {
    expect(eventInputSchema.safeParse(transformEvent(stored)).success).toBe(true);
  });
});

describe('toIsoInstant', () => {
  it('keeps blanks empty and unparseable text as typed, for the server to refuse', () => {
    expect(toIsoInstant('')).toBeNull();
    expect(toIsoInstant(null)).toBeNull();
    expect(toIsoInstant('next Tuesday')).toBe('next Tuesday');
  });
});
