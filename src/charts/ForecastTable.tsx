import { DataTable } from './DataTable';
import { formatCount } from './format';
import type { ForecastFanProps } from './ForecastFan';

/** Month end by month end: the median and the two ranges the fan draws. */
export function ForecastTable({ data, labels, locale }: Omit<ForecastFanProps, 'height'>) {
  const format = (value: number) => formatCount(value, locale);
  const range = (low: number, high: number) => `${format(low)} – ${format(high)}`;
  return (
    <DataTable
      caption={labels.title}
      columns={[labels.date, labels.median, labels.band50, labels.band90]}
      rows={data.path.map((step) => ({
        key: step.date,
        cells: [labels.formatDate(step.date), format(step.median), range(step.p25, step.p75), range(step.p5, step.p95)],
      }))}
    />
  );
}
