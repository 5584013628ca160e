import { useTranslate } from 'react-admin';
import type { ForecastFanLabels } from '../../../charts';
import { useLocaleFormat } from '../useLocaleFormat';

/** Every word the fan chart draws, translated; its spoken summary is the card's sentence. */
export function useFanLabels(summary: string): ForecastFanLabels {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const t = (key: string) => translate(`dashboard.forecast.fan.${key}`);
  return {
    title: t('table'),
    summary,
    year: (year) => translate('dashboard.chart.year', { year }),
    currentYear: translate('dashboard.chart.currentYear'),
    counted: t('counted'),
    band90: t('band90'),
    band50: t('band50'),
    median: t('median'),
    target: t('target'),
    date: t('date'),
    formatDate: format.date,
  };
}
