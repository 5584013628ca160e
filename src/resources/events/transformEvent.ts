import type { SciEvent } from '../../domain/event';
import { blankToNull, uniqueIds } from '../../lib/formValues';

/** What the event form holds: a record, possibly half-filled, with inputs' raw values. */
export type EventFormValues = Partial<Record<keyof SciEvent, unknown>>;
/** What the API receives: the writable fields, and the version an update was based on. */
export type EventPayload = Omit<SciEvent, 'id' | 'version' | 'createdAt' | 'updatedAt'> & { version?: number };

/**
 * A date-time input gives the user's wall-clock time without a zone ("2025-05-01T10:00");
 * the API stores instants, so it is sent as UTC ISO. Unparseable text is passed on for the
 * server to refuse by name.
 */
export function toIsoInstant(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * The form's values as the API wants them: only writable fields, blanks as null, instants
 * in UTC, no city for a virtual event, each partnership once, and the version kept so a
 * stale save is refused (409) instead of overwriting someone else's change.
 */
export function transformEvent(values: EventFormValues): EventPayload {
  const virtual = values.virtual === true;
  return {
    type: values.type as SciEvent['type'],
    title: typeof values.title === 'string' ? values.title.trim() : '',
    startsAt: toIsoInstant(values.startsAt) ?? '',
    endsAt: toIsoInstant(values.endsAt),
    virtual,
    cityId: virtual ? null : (blankToNull(values.cityId) as number | null),
    partnershipIds: uniqueIds(values.partnershipIds),
    focusArea: blankToNull(values.focusArea) as SciEvent['focusArea'],
    adults: blankToNull(values.adults) as number | null,
    youth: blankToNull(values.youth) as number | null,
    outcome: blankToNull(values.outcome) as string | null,
    notes: blankToNull(values.notes) as string | null,
    ...(typeof values.version === 'number' ? { version: values.version } : {}),
  };
}
