import { FOCUS_AREAS, type FocusArea } from '../domain';
import { CountBars, type CountBarsLabels } from './CountBars';
import { chartPalette } from './palette';

export interface FocusAreaChartLabels extends CountBarsLabels {
  focusArea: Record<FocusArea, string>;
}

interface FocusAreaChartProps {
  data: Record<FocusArea, number>;
  labels: FocusAreaChartLabels;
  locale: string;
}

/** Counted partnerships per exchange area; one partnership may count in several. */
export function FocusAreaChart({ data, labels, locale }: FocusAreaChartProps) {
  const bars = FOCUS_AREAS.map((area) => ({
    key: area,
    label: labels.focusArea[area],
    value: data[area] ?? 0,
    color: chartPalette.counted,
  }));
  return <CountBars bars={bars} labels={labels} locale={locale} />;
}
