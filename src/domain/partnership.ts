import { z } from 'zod';
import { optionalDate, optionalText, daysBetween, recordId } from './common';
import { STAGES, STALL_THRESHOLD_DAYS, isSignedStage, missingForStage, refuseStageMove, type Stage } from './stages';
import type { AuRegion, UsRegion } from './regions';
import { FOCUS_AREAS } from './focusAreas';
import type { Role } from './user';

export const PARTNERSHIP_KINDS = ['sister', 'friendship', 'county', 'state'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
/** SCI's four exchange areas. */
export { FOCUS_AREAS, type FocusArea } from './focusAreas';
export const COHORTS = ['500in5', 'preexisting'] as const;
export type Cohort = (typeof COHORTS)[number];

const id = recordId;

/** What a person may write about a partnership. */
export const partnershipInputSchema = z
  .object({
    africanCityId: id,
    usCityId: id,
    kind: z.enum(PARTNERSHIP_KINDS, { error: 'app.validation.choice' }),
    stage: z.enum(STAGES, { error: 'app.validation.choice' }),
    /** Why the stage changed: kept in the stage history; required to move back. */
    stageNote: optionalText(1000),
    closedReason: optionalText(500),
    focusAreas: z.array(z.enum(FOCUS_AREAS, { error: 'app.validation.choice' })).max(4).default([]),
    cohort: z.enum(COHORTS, { error: 'app.validation.choice' }),
    ownerId: recordId.nullable().optional(),
    firstContactAt: optionalDate,
    signedAt: optionalDate,
    sciRecognizedAt: optionalDate,
    lastActivityAt: optionalDate,
    nextStep: optionalText(300),
    nextStepDue: optionalDate,
    notes: optionalText(5000),
  })
  .superRefine((p, ctx) => {
    const missing = missingForStage(p.stage, p);
    if (missing) ctx.addIssue({ code: 'custom', path: [missing === 'app.stage.refused.signedAt' ? 'signedAt' : 'closedReason'], message: missing });
    for (const [field, message] of Object.entries(partnershipDateErrors(p))) ctx.addIssue({ code: 'custom', path: [field], message });
  });

type PartnershipDates = { firstContactAt?: string | null; signedAt?: string | null; sciRecognizedAt?: string | null };

/**
 * What is wrong with a partnership's dates, by field: they come in their natural order (first
 * contact ≤ signed ≤ recognised) and, given today, none lies after it. The schema asks the
 * order of every partnership; the server asks both with its today, the form with the client's.
 */
export function partnershipDateErrors(p: PartnershipDates, today?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const { firstContactAt, signedAt, sciRecognizedAt } = p;
  if (signedAt && firstContactAt && signedAt < firstContactAt) errors.signedAt = 'app.validation.signedBeforeContact';
  if (sciRecognizedAt && signedAt && sciRecognizedAt < signedAt) errors.sciRecognizedAt = 'app.validation.recognizedBeforeSigned';
  else if (sciRecognizedAt && firstContactAt && sciRecognizedAt < firstContactAt) errors.sciRecognizedAt = 'app.validation.recognizedBeforeContact';
  if (today === undefined) return errors;
  for (const field of ['firstContactAt', 'signedAt', 'sciRecognizedAt'] as const) {
    if ((p[field] ?? '') > today) errors[field] = 'app.validation.afterToday';
  }
  return errors;
}

export type PartnershipInput = z.output<typeof partnershipInputSchema>;

export interface StageChange {
  stage: Stage;
  at: string;
  by: number | null;
  byName?: string | null;
  note: string | null;
}

export interface Partnership extends Omit<PartnershipInput, 'stageNote'> {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  stageHistory: StageChange[];
  /** Derived on read from the two cities. */
  region: AuRegion;
  usRegion: UsRegion;
  africanCityName: string;
  usCityName: string;
  country: string;
  usState: string;
  stalled: boolean;
}

/** Fields a partnership shows that come from its cities or from today: never written. */
export const PARTNERSHIP_DERIVED = [
  'region',
  'usRegion',
  'africanCityName',
  'usCityName',
  'country',
  'usState',
  'stalled',
] as const;
export type StoredPartnership = Omit<Partnership, (typeof PARTNERSHIP_DERIVED)[number]>;

type CityFacts = { name: string; country: string; admin1?: string | null; region: string };

/** A stored partnership with what it shows of its two cities and whether it is stalled today. */
export function withDerivedFields(p: StoredPartnership, african: CityFacts, us: CityFacts, today: string): Partnership {
  return {
    ...p,
    region: african.region as AuRegion,
    usRegion: us.region as UsRegion,
    africanCityName: african.name,
    usCityName: us.name,
    country: african.country,
    usState: us.admin1 ?? '',
    stalled: isStalled(p, today),
  };
}

/**
 * Checks an update against the stored partnership: the stage move must be allowed to the
 * actor's role. Returns field errors in the API's shape, or null.
 */
export function checkPartnershipUpdate(
  before: Pick<Partnership, 'stage'>,
  after: Pick<PartnershipInput, 'stage' | 'stageNote' | 'signedAt' | 'closedReason'>,
  role: Role | null | undefined,
): Record<string, string> | null {
  const refusal = refuseStageMove({
    from: before.stage,
    to: after.stage,
    note: after.stageNote,
    signedAt: after.signedAt,
    closedReason: after.closedReason,
    role,
  });
  if (!refusal) return null;
  const field =
    refusal === 'app.stage.refused.signedAt'
      ? 'signedAt'
      : refusal === 'app.stage.refused.closedReason'
        ? 'closedReason'
        : refusal === 'app.stage.refused.backNeedsNote'
          ? 'stageNote'
          : 'stage';
  return { [field]: refusal };
}

/**
 * What a move of stage keeps of the signature: a correction back before signature clears the
 * signing and recognition dates, so the partnership leaves the count (decision 014). The audit
 * row keeps the dates it had.
 */
export function withSignatureOfStage<T extends Pick<PartnershipInput, 'stage' | 'signedAt' | 'sciRecognizedAt'>>(from: Stage, after: T): T {
  if (!isSignedStage(from) || isSignedStage(after.stage)) return after;
  return { ...after, signedAt: null, sciRecognizedAt: null };
}

/** The date the partnership last saw activity, falling back to its first contact or creation. */
export const lastActivityOf = (p: Pick<Partnership, 'lastActivityAt' | 'firstContactAt' | 'createdAt'>) =>
  p.lastActivityAt ?? p.firstContactAt ?? p.createdAt.slice(0, 10);

/** Unsigned and quiet for longer than its stage allows. Derived, never stored. */
export function isStalled(
  p: Pick<Partnership, 'stage' | 'lastActivityAt' | 'firstContactAt' | 'createdAt'>,
  today: string,
): boolean {
  const threshold = STALL_THRESHOLD_DAYS[p.stage];
  return threshold !== undefined && daysBetween(lastActivityOf(p), today) > threshold;
}

