/**
 * Form values as the API wants them. Inputs give '' when cleared and may leave a field
 * undefined; the domain schemas want null for "nothing", and text without stray spaces.
 */

/** Text trimmed, and null when blank; a missing value is null; anything else is kept as it is. */
export function blankToNull(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Ids picked in a multiple-choice input, each once (an autocomplete lets a pick repeat). */
export const uniqueIds = (value: unknown): number[] => (Array.isArray(value) ? [...new Set(value as number[])] : []);
