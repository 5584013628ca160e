import {
  Area,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
} from 'recharts';
import { ChartFrame } from './ChartFrame';
import { formatCount } from './format';
import { initiativeYearAxes } from './initiativeYearAxes';
import { chartPalette } from './palette';
import { isInWindow, progressSeries, todayPosition, valueAxis, type ProgressChartData } from './progressSeries';
import { ProgressTable } from './ProgressTable';

export interface ProgressChartLabels {
  /** Caption of the figures' table. */
  title: string;
  year: (year: number) => string;
  yearHeading: string;
  counted: string;
  signedInYear: string;
  target: string;
  projection: string;
  /** Text by the projection's end point, e.g. "412 at this pace". */
  projected: (projected: string) => string;
  today: string;
  currentYear: string;
  /** The spoken summary, from figures already in the reader's locale. */
  summary: (figures: { counted: string; target: string; projected: string; years: string }) => string;
}

export interface ProgressChartProps {
  data: ProgressChartData;
  labels: ProgressChartLabels;
  locale: string;
  height?: number;
  /**
   * Draw the yearly milestones (the target line, its axis ticks and its column in the table).
   * Off for a figure that has no target of its own, e.g. one region's count (decision 006).
   */
  showMilestones?: boolean;
}

/**
 * The centre of the dashboard: partnerships counted so far against the yearly milestones,
 * the current year shaded, and a dashed line from today's count to where today's pace lands
 * at the end of year five.
 */
export function ProgressChart({ data, labels, locale, height = 420, showMilestones = true }: ProgressChartProps) {
  const format = (value: number) => formatCount(value, locale);
  const today = todayPosition(data);
  const axis = valueAxis(data, showMilestones);
  const summary = labels.summary({
    counted: format(data.counted),
    target: format(data.target),
    projected: format(data.projected),
    years: format(data.years),
  });

  return (
    <ChartFrame summary={summary} height={height} table={<ProgressTable data={data} labels={labels} locale={locale} showMilestones={showMilestones} />}>
      <ComposedChart data={progressSeries(data)} margin={{ top: 24, right: 24, bottom: 0, left: 0 }} accessibilityLayer={false}>
        {initiativeYearAxes({
          years: data.years,
          currentYear: data.currentYear,
          yearLabel: labels.year,
          currentYearLabel: labels.currentYear,
          format,
          domain: axis.domain,
          ticks: axis.ticks,
        })}
        {isInWindow(data) && (
          <ReferenceArea x1={data.currentYear - 1} x2={data.currentYear} fill={chartPalette.currentYear} />
        )}
        <Tooltip
          labelFormatter={(x) => labels.year(Math.max(1, Math.ceil(Number(x))))}
          formatter={(value) => format(Number(value))}
        />
        {/* In the order drawn (count, target, pace), not alphabetical: the same in every language. */}
        <Legend verticalAlign="bottom" height={32} itemSorter={null} />
        <Area
          name={labels.counted}
          dataKey="actual"
          stroke={chartPalette.counted}
          strokeWidth={3}
          fill={chartPalette.countedFill}
          dot={{ r: 3, fill: chartPalette.counted }}
          connectNulls
          isAnimationActive={false}
        />
        {showMilestones && (
          <Line
            name={labels.target}
            dataKey="target"
            stroke={chartPalette.target}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
        <Line
          name={labels.projection}
          dataKey="projection"
          stroke={chartPalette.projection}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        {today !== null && (
          <ReferenceLine
            x={today}
            stroke={chartPalette.counted}
            strokeDasharray="2 3"
            label={{ value: labels.today, position: 'top', fill: chartPalette.counted, fontSize: 12 }}
          />
        )}
        {today !== null && (
          <ReferenceDot
            x={data.years}
            y={data.projected}
            r={5}
            fill={chartPalette.projection}
            stroke="none"
            label={{
              value: labels.projected(format(data.projected)),
              position: 'top',
              // Ends at the dot: the right edge of the chart has no room for centred text.
              textAnchor: 'end',
              offset: 10,
              fill: chartPalette.projection,
              fontSize: 12,
              fontWeight: 600,
            }}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
