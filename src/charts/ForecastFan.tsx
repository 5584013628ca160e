import { Area, ComposedChart, Legend, Line, ReferenceLine } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ForecastTable } from './ForecastTable';
import { initiativeYearAxes } from './initiativeYearAxes';
import { formatCount } from './format';
import { chartPalette } from './palette';
import { forecastSeries, type ForecastFanData } from './forecastSeries';

export interface ForecastFanLabels {
  /** Caption of the figures' table. */
  title: string;
  /** The spoken summary: the card's sentence, already in the reader's words. */
  summary: string;
  year: (year: number) => string;
  currentYear: string;
  counted: string;
  band90: string;
  band50: string;
  median: string;
  target: string;
  /** Column heads of the table: the month's end, then its ranges. */
  date: string;
  /** A month end as the reader writes dates. */
  formatDate: (date: string) => string;
}

/** A band's words in the median's colour: its own shade, faint by design, would be hard to read as text. */
function legendText(value: string, entry: { dataKey?: unknown; color?: string }) {
  const band = entry.dataKey === 'band90' || entry.dataKey === 'band50';
  return <span style={{ color: band ? chartPalette.projection : entry.color }}>{value}</span>;
}

export interface ForecastFanProps {
  data: ForecastFanData;
  labels: ForecastFanLabels;
  locale: string;
  height?: number;
}

/**
 * Where the count is likely to land: the count so far, then a fan of simulated outcomes to the
 * window's end, darker where more runs agree (half of them inside the inner band, nine in ten
 * inside the outer), the median as a line, and the target where there is one.
 */
export function ForecastFan({ data, labels, locale, height = 320 }: ForecastFanProps) {
  const format = (value: number) => formatCount(value, locale);
  const { progress, target } = data;
  return (
    <ChartFrame summary={labels.summary} height={height} table={<ForecastTable data={data} labels={labels} locale={locale} />}>
      <ComposedChart data={forecastSeries(data)} margin={{ top: 16, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        {initiativeYearAxes({
          years: progress.years,
          currentYear: progress.currentYear,
          yearLabel: labels.year,
          currentYearLabel: labels.currentYear,
          format,
          domain: [0, 'auto'],
        })}
        {/* In the order drawn, not alphabetical: the same in every language. */}
        <Legend verticalAlign="bottom" itemSorter={null} formatter={legendText} />
        <Line
          name={labels.counted}
          dataKey="counted"
          stroke={chartPalette.counted}
          strokeWidth={3}
          dot={{ r: 3, fill: chartPalette.counted }}
          connectNulls
          isAnimationActive={false}
        />
        <Area name={labels.band90} dataKey="band90" legendType="square" stroke="none" fill={chartPalette.fanOuter} isAnimationActive={false} />
        <Area name={labels.band50} dataKey="band50" legendType="square" stroke="none" fill={chartPalette.fanInner} isAnimationActive={false} />
        <Line name={labels.median} dataKey="median" stroke={chartPalette.projection} strokeWidth={2} dot={false} isAnimationActive={false} />
        {target !== null && (
          <ReferenceLine
            y={target}
            stroke={chartPalette.target}
            strokeDasharray="6 4"
            // The axis stretches to the target, however far the fan stays below it.
            ifOverflow="extendDomain"
            label={{ value: `${labels.target} ${format(target)}`, position: 'insideTopLeft', fill: chartPalette.target, fontSize: 12 }}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
