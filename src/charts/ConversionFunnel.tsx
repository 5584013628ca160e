import { Bar, BarChart, Legend, XAxis, YAxis } from 'recharts';
import type { FunnelStage, FunnelStep } from '../domain';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { formatCount, formatList } from './format';
import { chartPalette } from './palette';

/** The words of the funnel: stage names, the heads of its table, and how a rate and a length read. */
export interface ConversionFunnelLabels {
  title: string;
  stage: Record<FunnelStage, string>;
  stageHeading: string;
  entered: string;
  advanced: string;
  back: string;
  exited: string;
  stillThere: string;
  conversion: string;
  medianDays: string;
  /** "41 days": the median's words. */
  days: (days: number) => string;
  /** One stage in the spoken summary, e.g. "Interest: 40 entered, 55 % moved on, median 41 days". */
  summaryStage: (figures: { stage: string; entered: string; conversion: string; days: string }) => string;
  /** What stands for a rate or a median no stay has made yet. */
  none: string;
}

interface ConversionFunnelProps {
  stages: FunnelStep[];
  labels: ConversionFunnelLabels;
  locale: string;
}

const ROW_HEIGHT = 38;
const LEGEND_HEIGHT = 48;
// Where the stays of a stage went, in the order a stay moves: on, back, out, or not yet.
const PARTS = [
  { key: 'advanced', color: chartPalette.counted },
  { key: 'back', color: chartPalette.target },
  { key: 'exited', color: chartPalette.exit },
  { key: 'stillThere', color: chartPalette.beforeSignature },
] as const;

/** The legend's words in the axis colour: recharts would write them in their swatch's, pale grey for "left". */
const legendWords = (value: string) => <span style={{ color: chartPalette.axis }}>{value}</span>;

/**
 * Each stage's stays as one bar split by where they went, with the stage's conversion and
 * median days at its end: where the pipeline leaks and where it waits, read side by side.
 */
export function ConversionFunnel({ stages, labels, locale }: ConversionFunnelProps) {
  const count = (value: number) => formatCount(value, locale);
  const rate = (ratio: number | null) =>
    ratio === null ? labels.none : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
  const days = (value: number | null) => (value === null ? labels.none : labels.days(value));
  const rows = stages.map((step) => ({ ...step, label: labels.stage[step.stage], note: `${rate(step.conversion)} · ${days(step.medianDays)}` }));
  const summary = formatList(
    rows.map((row) => labels.summaryStage({ stage: row.label, entered: count(row.entered), conversion: rate(row.conversion), days: days(row.medianDays) })),
    locale,
  );
  const table = (
    <DataTable
      caption={labels.title}
      columns={[labels.stageHeading, labels.entered, labels.advanced, labels.back, labels.exited, labels.stillThere, labels.conversion, labels.medianDays]}
      rows={rows.map((row) => ({
        key: row.stage,
        cells: [row.label, ...[row.entered, row.advanced, row.back, row.exited, row.stillThere].map(count), rate(row.conversion), days(row.medianDays)],
      }))}
    />
  );

  return (
    <ChartFrame summary={`${labels.title} — ${summary}`} height={rows.length * ROW_HEIGHT + LEGEND_HEIGHT} table={table}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <XAxis type="number" hide allowDecimals={false} domain={[0, (max: number) => Math.max(max, 1)]} />
        <YAxis yAxisId="stage" type="category" dataKey="label" width={96} tick={{ fontSize: 13 }} tickLine={false} axisLine={false} interval={0} />
        <YAxis yAxisId="note" type="category" dataKey="note" orientation="right" width={132} tick={{ fontSize: 13, fill: chartPalette.axis }} tickLine={false} axisLine={false} interval={0} />
        {PARTS.map((part) => (
          <Bar key={part.key} yAxisId="stage" dataKey={part.key} name={labels[part.key]} stackId="stays" fill={part.color} barSize={18} isAnimationActive={false} />
        ))}
        <Legend
          verticalAlign="bottom"
          iconType="square"
          wrapperStyle={{ fontSize: 13 }}
          // In the order a stay moves, not alphabetically.
          itemSorter={(item) => PARTS.findIndex((part) => part.key === item.dataKey)}
          formatter={legendWords}
        />
      </BarChart>
    </ChartFrame>
  );
}
