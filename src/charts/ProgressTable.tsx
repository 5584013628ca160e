import { DataTable } from './DataTable';
import { formatCount } from './format';
import type { ProgressChartProps } from './ProgressChart';

/** Per initiative year: signed that year, cumulative and (with milestones) target; years to come show no count. */
export function ProgressTable({ data, labels, locale, showMilestones = true }: Omit<ProgressChartProps, 'height'>) {
  const format = (value: number) => formatCount(value, locale);
  const rows = data.byYear.map((year) => {
    const reached = year.year <= data.currentYear;
    return {
      key: year.year,
      current: year.year === data.currentYear,
      cells: [
        labels.year(year.year),
        reached ? format(year.counted) : '—',
        reached ? format(year.cumulative) : '—',
        ...(showMilestones ? [format(year.target)] : []),
      ],
    };
  });
  return (
    <DataTable
      caption={labels.title}
      columns={[labels.yearHeading, labels.signedInYear, labels.counted, ...(showMilestones ? [labels.target] : [])]}
      rows={rows}
    />
  );
}
