import { useTranslate } from 'react-admin';
import { AU_REGIONS, EXITS, FOCUS_AREAS, PIPELINE, type ProgressStats } from '../../../domain';
import { reportFileName, type ChartFigures } from './figures';

/**
 * The figures behind the dashboard's four charts, as their CSV downloads hold them: the same
 * columns as the charts' tables, in the user's language, the numbers unformatted. Years still
 * to come are blank, as the table shows them with a dash.
 */
export function useChartFigures(stats: ProgressStats): Record<'progress' | 'stages' | 'regions' | 'focusAreas', ChartFigures> {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.chart.${key}`, options);
  const fileName = (panel: string) => reportFileName(panel, stats.asOf, stats.region);
  const count = t('count');
  const withMilestones = !stats.region;

  const progress: ChartFigures = {
    fileName: fileName('progress'),
    header: [t('yearHeading'), t('signedInYear'), t('counted'), ...(withMilestones ? [t('target')] : [])],
    rows: stats.byYear.map((year) => {
      const reached = year.year <= stats.currentYear;
      return [
        t('year', { year: year.year }),
        reached ? year.counted : '',
        reached ? year.cumulative : '',
        ...(withMilestones ? [year.target] : []),
      ];
    }),
  };
  const stages: ChartFigures = {
    fileName: fileName('stages'),
    header: [t('stageHeading'), count],
    rows: [...PIPELINE, ...EXITS].map((stage) => [translate(`app.stage.${stage}`), stats.byStage[stage] ?? 0]),
  };
  const regions: ChartFigures = {
    fileName: fileName('regions'),
    header: [t('regionHeading'), count],
    rows: AU_REGIONS.map((region) => [translate(`app.region.${region}`), stats.byRegion[region] ?? 0]),
  };
  const focusAreas: ChartFigures = {
    fileName: fileName('focus-areas'),
    header: [t('focusAreaHeading'), count],
    rows: FOCUS_AREAS.map((area) => [translate(`app.focusArea.${area}`), stats.byFocusArea[area] ?? 0]),
  };
  return { progress, stages, regions, focusAreas };
}
