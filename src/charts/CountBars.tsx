import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { formatCount, formatList } from './format';
import { chartPalette } from './palette';

export interface CountBar {
  key: string;
  label: string;
  value: number;
  color: string;
}

/** The words around a bar chart: its title and the heads of its table's columns. */
export interface CountBarsLabels {
  title: string;
  category: string;
  count: string;
}

interface CountBarsProps {
  bars: CountBar[];
  labels: CountBarsLabels;
  locale: string;
}

const BAR_ROW_HEIGHT = 34;

/** Horizontal bars, one per category, each with its count at its end; the height follows the number of bars. */
export function CountBars({ bars, labels, locale }: CountBarsProps) {
  const format = (value: number) => formatCount(value, locale);
  const spoken = formatList(bars.map((bar) => `${bar.label} ${format(bar.value)}`), locale);
  const table = (
    <DataTable
      caption={labels.title}
      columns={[labels.category, labels.count]}
      rows={bars.map((bar) => ({ key: bar.key, cells: [bar.label, format(bar.value)] }))}
    />
  );

  return (
    <ChartFrame summary={`${labels.title} — ${spoken}`} height={bars.length * BAR_ROW_HEIGHT + 8} table={table}>
      <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <XAxis type="number" hide allowDecimals={false} domain={[0, (max: number) => Math.max(max, 1)]} />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 14 }} tickLine={false} axisLine={false} interval={0} />
        <Bar dataKey="value" barSize={18} radius={[0, 4, 4, 0]} minPointSize={2} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.key} fill={bar.color} />
          ))}
          <LabelList dataKey="value" position="right" fill={chartPalette.axis} formatter={(value) => format(Number(value))} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
