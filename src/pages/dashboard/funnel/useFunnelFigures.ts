import { useTranslate } from 'react-admin';
import { EXITS, type Funnel } from '../../../domain';
import { reportFileName, type ChartFigures } from '../report/figures';
import { useFunnelLabels } from './useFunnelLabels';

/**
 * The funnel's figures as its CSV holds them, unformatted: a row per stage, then a row per
 * exit with the moves into it. The file's name carries the period and the cohort.
 */
export function useFunnelFigures(funnel: Funnel | undefined): ChartFigures | undefined {
  const translate = useTranslate();
  const labels = useFunnelLabels();
  if (!funnel) return undefined;
  // e.g. 500in5-funnel-preexisting-2025-11-29-2026-11-28-africa: the period runs up to the date the name ends on.
  const panel = ['funnel', funnel.cohort, funnel.from].filter(Boolean).join('-');
  return {
    fileName: reportFileName(panel, funnel.to, funnel.region),
    header: [labels.stageHeading, labels.entered, labels.advanced, labels.back, labels.exited, labels.stillThere, labels.conversion, labels.medianDays],
    rows: [
      ...funnel.stages.map((s) => [labels.stage[s.stage], s.entered, s.advanced, s.back, s.exited, s.stillThere, s.conversion ?? '', s.medianDays ?? '']),
      ...EXITS.map((exit) => [translate(`app.stage.${exit}`), '', '', '', funnel.exits[exit], '', '', '']),
    ],
  };
}
