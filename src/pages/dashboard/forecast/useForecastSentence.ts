import { useTranslate } from 'react-admin';
import { addDays, type Forecast } from '../../../domain';
import { useLocaleFormat } from '../useLocaleFormat';
import { chanceOf } from './chances';

/**
 * The forecast in one sentence: the initiative's chance of reaching its target, in odds a board
 * reads aloud; a region, which has no target of its own, hears of its likely count instead.
 */
export function useForecastSentence(forecast: Forecast): string {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.forecast.${key}`, options);
  const figures = { end: format.date(addDays(forecast.endDate, -1)), median: format.number(forecast.atEnd.median) };

  if (forecast.region || forecast.target === null || forecast.probabilityOfTarget === null) {
    const region = forecast.region ? translate(`app.region.${forecast.region}`) : '';
    return t('sentence.region', { ...figures, region, counted: format.number(forecast.countedNow) });
  }
  const target = format.number(forecast.target);
  if (forecast.countedNow >= forecast.target) return t('sentence.reached', { ...figures, target });
  const chance = chanceOf(forecast.probabilityOfTarget);
  if (chance.kind !== 'about') return t(`sentence.${chance.kind}`, { ...figures, target });
  const chances = t('chances', { smart_count: chance.chances, outOf: format.number(chance.outOf) });
  return t('sentence.about', { ...figures, target, chances });
}
