import { useTranslate } from 'react-admin';
import { AU_REGIONS, FOCUS_AREAS, STAGES, type AuRegion } from '../../domain';
import type { FocusAreaChartLabels, ProgressChartLabels, RegionChartLabels, StageFunnelLabels } from '../../charts';

/**
 * The charts speak no language of their own: every word they draw comes from here, translated.
 * With a region on view, the progress chart's summary names the region and no target.
 */
export function useChartLabels(region: AuRegion | null = null) {
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
    summary: (figures) =>
      region ? t('summaryRegion', { ...figures, region: translate(`app.region.${region}`) }) : t('summary', figures),
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
