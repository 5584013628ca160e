import type { z } from 'zod';
import { ApiError } from './errors';

const isKey = (message: string) => /^(app|ra)\.[\w.]+$/.test(message);

/**
 * The translation key of a refusal. The schemas name a key for what a form can send; a client
 * can send anything (a string for a number, an object for a name), which the schema library
 * words in English: such an answer carries a key all the same.
 */
function keyOf(issue: z.core.$ZodIssue): string {
  if (isKey(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) return 'app.validation.required';
    if (issue.expected === 'number' || issue.expected === 'int') return 'app.validation.number';
    if (issue.expected === 'string') return 'app.validation.text';
  }
  return 'app.validation.invalid';
}

/** Parses a body with a domain schema; refusals become field errors (translation keys). */
export function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_';
    errors[field] ??= keyOf(issue);
  }
  throw new ApiError(400, 'app.error.invalid', errors);
}
