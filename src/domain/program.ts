import { z } from 'zod';
import { isoDate, optionalCount, optionalText, recordId, requiredOr } from './common';
import { FOCUS_AREAS } from './partnership';

export const PROGRAM_KINDS = ['j1_homestay', 'young_artists_authors', 'youth_leadership_summit', 'exchange'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export const PROGRAM_STATUSES = ['planned', 'open', 'running', 'completed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** Participants are often minors: a program holds counts, never personal data about them. */
export const programInputSchema = z.object({
  kind: z.enum(PROGRAM_KINDS, { error: 'app.validation.choice' }),
  title: z.string({ error: requiredOr('app.validation.text') }).trim().min(1, 'app.validation.required').max(200, 'app.validation.tooLong'),
  cycleYear: z.number({ error: requiredOr('app.validation.number') }).int('app.validation.integer').min(2000, 'app.validation.cycleYear').max(2100, 'app.validation.cycleYear'),
  status: z.enum(PROGRAM_STATUSES, { error: 'app.validation.choice' }),
  partnershipIds: z.array(recordId).max(100).default([]),
  cityIds: z.array(recordId).max(100).default([]),
  focusArea: z.enum(FOCUS_AREAS, { error: 'app.validation.choice' }).nullable().optional(),
  adults: optionalCount,
  youth: optionalCount,
  deadline: z.preprocess((v) => (v === '' ? null : v), isoDate.nullable().optional()),
  notes: optionalText(5000),
});

export type ProgramInput = z.output<typeof programInputSchema>;
export interface Program extends ProgramInput {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}
