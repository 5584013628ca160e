import { AU_REGIONS, type AuRegion } from '../domain';
import { CountBars, type CountBarsLabels } from './CountBars';
import { chartPalette } from './palette';

export interface RegionChartLabels extends CountBarsLabels {
  region: Record<AuRegion, string>;
}

interface RegionChartProps {
  data: Record<AuRegion, number>;
  labels: RegionChartLabels;
  locale: string;
  /** The region the dashboard is narrowed to, drawn in the accent colour. */
  selected?: AuRegion | null;
}

/** Counted partnerships per AU region, always in the same order so that glances compare. */
export function RegionChart({ data, labels, locale, selected = null }: RegionChartProps) {
  const bars = AU_REGIONS.map((region) => ({
    key: region,
    label: labels.region[region],
    value: data[region] ?? 0,
    color: region === selected ? chartPalette.projection : chartPalette.counted,
  }));
  return <CountBars bars={bars} labels={labels} locale={locale} />;
}
