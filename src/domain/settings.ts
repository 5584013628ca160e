import { z } from 'zod';
import { isoDate } from './common';

/** The initiative's goal, editable by admins. Milestones are cumulative, one per year. */
export const settingsSchema = z
  .object({
    startDate: isoDate,
    years: z.number().int().min(1).max(20),
    target: z.number().int().min(1).max(100_000),
    milestones: z.array(z.number().int().min(0)),
    /** How many months of stage history the forecast learns from (decision 027). */
    forecastMonths: z.number().int().min(6).max(60),
  })
  .superRefine((s, ctx) => {
    if (s.milestones.length !== s.years) {
      ctx.addIssue({ code: 'custom', path: ['milestones'], message: 'app.validation.milestonesPerYear' });
    }
    if (s.milestones.some((m, i) => i > 0 && m < s.milestones[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['milestones'], message: 'app.validation.milestonesCumulative' });
    }
  });

export type Settings = z.output<typeof settingsSchema>;

/** Launched at the SCI Africa Summit in Cape Town, February 2023; counted from March 2023. */
export const DEFAULT_SETTINGS: Settings = {
  startDate: '2023-03-01',
  years: 5,
  target: 500,
  milestones: [100, 200, 300, 400, 500],
  forecastMonths: 24,
};
