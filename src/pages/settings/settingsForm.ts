import { settingsSchema } from '../../domain';
import { validateWith } from '../../lib/validate';

/** The most years the schema allows: no more milestone inputs than that. */
export const MAX_YEARS = 20;

/** How many milestone inputs the form shows for what is typed in `years` (none for a number out of range). */
export const milestoneCount = (years: unknown): number =>
  Number.isInteger(years) && (years as number) >= 1 && (years as number) <= MAX_YEARS ? (years as number) : 0;

/**
 * The settings as they will be sent: one milestone per year, those of years taken away
 * dropped, those of years added empty (and so refused until filled in).
 */
export function settingsOf(values: Record<string, unknown>): Record<string, unknown> {
  const milestones = Array.isArray(values.milestones) ? (values.milestones as unknown[]) : [];
  const count = milestoneCount(values.years);
  return { ...values, milestones: count === 0 ? milestones : Array.from({ length: count }, (_, i) => milestones[i] ?? null) };
}

const check = validateWith(settingsSchema);
/** Checked as it will be sent, with the schema the API checks with. */
export const validateSettings = (values: Record<string, unknown>) => check(settingsOf(values));
