import { useTranslate } from 'react-admin';
import { STAGES, type Forecast, type ForecastLever, type Stage } from '../../../domain';
import { formatList } from '../../../charts/format';
import { useLocaleFormat } from '../useLocaleFormat';
import { useForecastSentence } from './useForecastSentence';

/** The levers past the first worth listing: the list stays short and every entry moves the median. */
const OTHER_LEVERS = 3;

const inPipelineOrder = (stages: readonly Stage[]) => STAGES.filter((stage) => stages.includes(stage));

/** Everything the card says about one forecast, in the reader's words: the sentence, the ranges, the levers, the basis. */
export function useForecastWords(forecast: Forecast) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const sentence = useForecastSentence(forecast);
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.forecast.${key}`, options);
  const { atEnd, basis } = forecast;
  const stageName = (stage: string) => translate(`app.stage.${stage}`);
  const leverWords = (lever: ForecastLever) => ({ stage: stageName(lever.stage), gain: format.signed(lever.medianGain) });
  // A gain that rounds to nothing is no lever: the median would not move by a whole partnership.
  const [top, ...others] = forecast.levers.filter((lever) => Math.round(lever.medianGain) >= 1);

  return {
    sentence,
    ranges: t('ranges', {
      p5: format.number(atEnd.p5),
      p25: format.number(atEnd.p25),
      p75: format.number(atEnd.p75),
      p95: format.number(atEnd.p95),
    }),
    topLever: top ? t(`lever.${top.lever}`, leverWords(top)) : t('lever.none'),
    otherLevers: others.slice(0, OTHER_LEVERS).map((lever) => ({
      key: `${lever.stage}-${lever.lever}`,
      text: t(`leverItem.${lever.lever}`, leverWords(lever)),
    })),
    basis: t('basis', {
      spells: format.number(basis.spells),
      since: format.date(basis.since),
      arrivals: format.number(basis.arrivalsPer30Days, 1),
      runs: format.number(basis.runs),
    }),
    pooled: basis.pooledStages.length
      ? t(forecast.region ? 'pooled' : 'pooledAfrica', { stages: formatList(inPipelineOrder(basis.pooledStages).map(stageName), format.locale) })
      : null,
  };
}
