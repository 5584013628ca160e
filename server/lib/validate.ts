import type { z } from 'zod';
import { validationKeyOf } from '../../src/domain/validationKey';
import { ApiError } from './errors';

/** Parses a body with a domain schema; refusals become field errors (translation keys, decision 020). */
export function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_';
    errors[field] ??= validationKeyOf(issue);
  }
  throw new ApiError(400, 'app.error.invalid', errors);
}
