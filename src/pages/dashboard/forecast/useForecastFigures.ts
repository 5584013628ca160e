import { useTranslate } from 'react-admin';
import type { Forecast } from '../../../domain';
import { reportFileName, type ChartFigures } from '../report/figures';

/** The fan's figures as its CSV download holds them: every month end's quantiles, unformatted. */
export function useForecastFigures(forecast: Forecast | undefined): ChartFigures | undefined {
  const translate = useTranslate();
  if (!forecast) return undefined;
  const t = (key: string) => translate(`dashboard.forecast.figures.${key}`);
  return {
    fileName: reportFileName('forecast', forecast.asOf, forecast.region),
    header: [t('date'), t('p5'), t('p25'), t('median'), t('p75'), t('p95')],
    rows: forecast.path.map((step) => [step.date, step.p5, step.p25, step.median, step.p75, step.p95]),
  };
}
