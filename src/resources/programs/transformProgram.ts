import type { Program } from '../../domain/program';
import { blankToNull, uniqueIds } from '../../lib/formValues';

/** What the program form holds: a record, possibly half-filled, with inputs' raw values. */
export type ProgramFormValues = Partial<Record<keyof Program, unknown>>;
/** What the API receives: the writable fields, and the version an update was based on. */
export type ProgramPayload = Omit<Program, 'id' | 'version' | 'createdAt' | 'updatedAt'> & { version?: number };

/** A date input gives YYYY-MM-DD; an ISO timestamp keeps its calendar date. */
const calendarDate = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, 10) : null;

/**
 * The form's values as the API wants them: only writable fields, blanks as null, each
 * partnership and city once, and the version kept so a stale save is refused (409)
 * instead of overwriting someone else's change.
 */
export function transformProgram(values: ProgramFormValues): ProgramPayload {
  return {
    kind: values.kind as Program['kind'],
    title: typeof values.title === 'string' ? values.title.trim() : '',
    cycleYear: values.cycleYear as number,
    status: values.status as Program['status'],
    partnershipIds: uniqueIds(values.partnershipIds),
    cityIds: uniqueIds(values.cityIds),
    focusArea: blankToNull(values.focusArea) as Program['focusArea'],
    adults: blankToNull(values.adults) as number | null,
    youth: blankToNull(values.youth) as number | null,
    deadline: calendarDate(values.deadline),
    notes: blankToNull(values.notes) as string | null,
    ...(typeof values.version === 'number' ? { version: values.version } : {}),
  };
}
