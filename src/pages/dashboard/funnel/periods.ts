import { addDays, addMonths, addYears, type ProgressStats } from '../../../domain';

export const QUICK_PERIODS = ['year', 'twelveMonths', 'sinceStart'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

export interface Period {
  from: string;
  to: string;
}

/**
 * The periods one click away, each ending today: the initiative year today falls in (the last
 * one once the window has passed), the last twelve months, and everything since the start.
 */
export function quickPeriods({ asOf, startDate, currentYear, years }: Pick<ProgressStats, 'asOf' | 'startDate' | 'currentYear' | 'years'>): Record<QuickPeriod, Period> {
  const year = Math.min(Math.max(currentYear, 1), years);
  const yearEnd = addDays(addYears(startDate, year), -1);
  return {
    year: { from: addYears(startDate, year - 1), to: asOf < yearEnd ? asOf : yearEnd },
    twelveMonths: { from: addDays(addMonths(asOf, -12), 1), to: asOf },
    sinceStart: { from: startDate, to: asOf },
  };
}

/** The quick pick a period is, if it is one. */
export const quickPeriodOf = (period: Period, periods: Record<QuickPeriod, Period>): QuickPeriod | null =>
  QUICK_PERIODS.find((name) => periods[name].from === period.from && periods[name].to === period.to) ?? null;
