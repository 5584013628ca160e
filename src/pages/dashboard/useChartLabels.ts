import { useTranslate } from 'react-admin';
import { AU_REGIONS, FOCUS_AREAS, STAGES } from '../../domain';
import type { FocusAreaChartLabels, ProgressChartLabels, RegionChartLabels, StageFunnelLabels } from '../../charts';

/** The charts speak no language of their own: every word they draw comes from here, translated. */
export function useChartLabels() {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.chart.${key}`, options);
  const namesOf = <K extends string>(group: string, values: readonly K[]) =>
    Object.fromEntries(values.map((value) => [value, translate(`app.${group}.${value}`)])) as Record<K, string>;

  const progress: ProgressChartLabels = {
    title: t('progress'),
    year: (year) => t('year', { year }),
    yearHeading: t('yearHeading'),
    counted: t('counted'),
    signedInYear: t('signedInYear'),
    target: t('target'),
    projection: t('projection'),
    projected: (projected) => t('projected', { projected }),
    today: t('today'),
    currentYear: t('currentYear'),
    summary: (figures) => t('summary', figures),
  };
  const stages: StageFunnelLabels = {
    title: t('stages'),
    category: t('stageHeading'),
    count: t('count'),
    stage: namesOf('stage', STAGES),
    pipeline: t('pipeline'),
    exits: t('exits'),
  };
  const regions: RegionChartLabels = {
    title: t('regions'),
    category: t('regionHeading'),
    count: t('count'),
    region: namesOf('region', AU_REGIONS),
  };
  const focusAreas: FocusAreaChartLabels = {
    title: t('focusAreas'),
    category: t('focusAreaHeading'),
    count: t('count'),
    focusArea: namesOf('focusArea', FOCUS_AREAS),
  };
  return { progress, stages, regions, focusAreas };
}
