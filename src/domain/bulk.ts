import { z } from 'zod';
import { recordId } from './common';
import { partnershipInputSchema } from './partnership';

/** The most rows one bulk action changes: a few list pages, each row its own write (decision 026). */
export const MAX_BULK_ITEMS = 500;

/** A selected row and the version the user saw: a row changed meanwhile is refused, not overwritten. */
const bulkItemSchema = z.object({ id: recordId, version: recordId });

export const bulkItemsSchema = z
  .array(bulkItemSchema, { error: 'app.validation.required' })
  .min(1, 'app.validation.required')
  .max(MAX_BULK_ITEMS, 'app.validation.tooMany')
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'app.validation.bulkDuplicate');

const fields = partnershipInputSchema.shape;

/**
 * What a bulk action sets on every row: the owner, or the next step and/or its due date, with
 * the partnership's own limits. A field left out stays as each row has it.
 */
export const bulkSetSchema = z
  .object({ ownerId: fields.ownerId, nextStep: fields.nextStep, nextStepDue: fields.nextStepDue }, { error: 'app.validation.required' })
  .superRefine((set, ctx) => {
    const owner = 'ownerId' in set;
    const nextStep = 'nextStep' in set || 'nextStepDue' in set;
    if (owner === nextStep) ctx.addIssue({ code: 'custom', path: ['ownerId'], message: 'app.validation.bulkOwnerOrNextStep' });
  });

export type BulkItem = z.output<typeof bulkItemSchema>;
export type BulkSet = z.output<typeof bulkSetSchema>;

/** A row the server would not change, and why (a translation key, and field errors when the rule names fields). */
export interface BulkRefusal {
  id: number;
  message: string;
  errors?: Record<string, string>;
}

/** POST /api/partnerships/bulk's answer. */
export interface BulkResult {
  changed: number[];
  refused: BulkRefusal[];
}

/** The body of POST /api/partnerships/bulk. */
export const bulkRequestSchema = z.object({ items: bulkItemsSchema, set: bulkSetSchema });
