import type { z } from 'zod';

// `join.`: the public sign-up's own catalogue (decision 039).
const MESSAGE_KEY = /^(app|ra|resources|join)\.[\w.]+$/;

/** True for a translation key (decision 003), false for a sentence the schema library wrote. */
export const isMessageKey = (message: string) => MESSAGE_KEY.test(message);

type Issue = z.core.$ZodIssue & { received?: string };

/** A value of the wrong kind: missing, or not the number, whole number or text the field holds. */
function wrongKind(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  // The library reports NaN and Infinity with no input: they are numbers gone wrong, not a gap.
  const notANumber = issue.received === 'NaN' || issue.received === 'Infinity';
  if ((issue.input === undefined || issue.input === null) && !notANumber) return 'app.validation.required';
  if (issue.expected === 'int' && typeof issue.input === 'number') return 'app.validation.integer';
  if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return 'app.validation.number';
  if (issue.expected === 'string') return 'app.validation.text';
  return 'app.validation.invalid';
}

function outOfRange(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): string {
  const big = issue.code === 'too_big';
  if (issue.origin === 'string') return big ? 'app.validation.tooLong' : 'app.validation.required';
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return big ? 'app.validation.tooLarge' : 'app.validation.tooSmall';
  return big ? 'app.validation.tooMany' : 'app.validation.invalid';
}

/**
 * The translation key of a refusal. The schemas name a key for what a form can send; a client
 * can send anything, which the schema library words in English: such a refusal gets a key too.
 * The API (server/lib/validate.ts) and the forms (src/lib/validate.ts) both read issues so.
 */
export function validationKeyOf(issue: Issue): string {
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return wrongKind(issue);
    case 'too_big':
    case 'too_small':
      return outOfRange(issue);
    case 'invalid_value':
      return 'app.validation.choice';
    case 'invalid_format':
      if (issue.format === 'email') return 'app.validation.email';
      if (issue.format === 'url') return 'app.validation.url';
      return 'app.validation.invalid';
    default:
      return 'app.validation.invalid';
  }
}
