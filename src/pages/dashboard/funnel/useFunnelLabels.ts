import { useTranslate } from 'react-admin';
import { FUNNEL_STAGES } from '../../../domain';
import type { ConversionFunnelLabels } from '../../../charts';
import { useLocaleFormat } from '../useLocaleFormat';

/** The funnel chart's words, translated: the chart itself speaks no language. */
export function useFunnelLabels(): ConversionFunnelLabels {
  const translate = useTranslate();
  const { number } = useLocaleFormat();
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.funnel.${key}`, options);
  return {
    title: t('title'),
    stage: Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, translate(`app.stage.${stage}`)])) as ConversionFunnelLabels['stage'],
    stageHeading: t('stageHeading'),
    entered: t('entered'),
    advanced: t('advanced'),
    back: t('back'),
    exited: t('exited'),
    stillThere: t('stillThere'),
    conversion: t('conversion'),
    medianDays: t('medianDays'),
    // A median may fall between two whole days (5.5): written in the reader's locale.
    days: (days) => t('days', { smart_count: days, days: number(days, 1) }),
    summaryStage: (figures) => t('summaryStage', figures),
    none: t('none'),
  };
}
