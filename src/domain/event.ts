import { z } from 'zod';
import { isDayOrInstant, optionalCount, optionalText, recordId, requiredOr } from './common';
import { FOCUS_AREAS } from './partnership';

export const EVENT_TYPES = [
  'annual_awards',
  'annual_conference',
  'global_conversations',
  'signing_ceremony',
  'delegation_visit',
  'virtual_meeting',
  'exchange',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const dateTime = z
  .string({ error: requiredOr('app.validation.text') })
  .min(1, 'app.validation.required')
  // A real calendar instant: Date.parse alone takes 2026-02-30 (rolled over) and "Dec 17 1995".
  .refine(isDayOrInstant, 'app.validation.date');

export const eventInputSchema = z
  .object({
    type: z.enum(EVENT_TYPES, { error: 'app.validation.choice' }),
    title: z.string({ error: requiredOr('app.validation.text') }).trim().min(1, 'app.validation.required').max(200, 'app.validation.tooLong'),
    startsAt: dateTime,
    endsAt: z.preprocess((v) => (v === '' ? null : v), dateTime.nullable().optional()),
    cityId: recordId.nullable().optional(),
    virtual: z.boolean().default(false),
    partnershipIds: z.array(recordId).max(50).default([]),
    focusArea: z.enum(FOCUS_AREAS, { error: 'app.validation.choice' }).nullable().optional(),
    adults: optionalCount,
    youth: optionalCount,
    outcome: optionalText(2000),
    notes: optionalText(5000),
  })
  .superRefine((event, ctx) => {
    if (event.endsAt && Date.parse(event.endsAt) < Date.parse(event.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'app.validation.endBeforeStart' });
    }
    if (event.virtual && event.cityId) {
      ctx.addIssue({ code: 'custom', path: ['cityId'], message: 'app.validation.virtualHasNoCity' });
    }
  });

export type EventInput = z.output<typeof eventInputSchema>;
export interface SciEvent extends EventInput {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type ActivityFacts = Pick<SciEvent, 'startsAt' | 'partnershipIds'>;

/**
 * The partnerships whose last activity a write of an event may move (null: no event before,
 * or none after): those it joins or leaves, and, when its day changes, all it lists. Whoever
 * writes the event must be allowed to change each of them: a coordinator's event cannot wake
 * up another region's stalled partnership.
 */
export function partnershipsMovedBy(before: ActivityFacts | null, after: ActivityFacts | null): number[] {
  const was = new Set(before?.partnershipIds ?? []);
  const is = new Set(after?.partnershipIds ?? []);
  const sameDay = before !== null && after !== null && before.startsAt.slice(0, 10) === after.startsAt.slice(0, 10);
  return [...new Set([...was, ...is])].filter((id) => !sameDay || was.has(id) !== is.has(id));
}
