import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { SignUpBucket, SignUpUnit } from '../domain';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { formatCount, formatList } from './format';
import { chartPalette } from './palette';

/** The words of the sign-ups chart, for weeks or months as the answer counts them. */
export interface SignUpBarsLabels {
  /** e.g. "Sign-ups per week": the caption of the table and the start of the spoken summary. */
  title: string;
  /** The head of the first column: "Week of", "Month". */
  bucket: string;
  count: string;
  /** Said after the title when no week of the period had a sign-up. */
  none: string;
}

interface SignUpBarsProps {
  buckets: SignUpBucket[];
  unit: SignUpUnit;
  labels: SignUpBarsLabels;
  locale: string;
}

const HEIGHT = 180;

/** A date of the API (YYYY-MM-DD) in the reader's words, read as the UTC day it names. */
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
};

/**
 * Sign-ups from the public page as one column per week (or month) of the period, the empty
 * ones drawn as gaps. The summary names the weeks that had some; the table holds them all.
 */
export function SignUpBars({ buckets, unit, labels, locale }: SignUpBarsProps) {
  const count = (value: number) => formatCount(value, locale);
  const full = dateFormat(locale, unit === 'week' ? { dateStyle: 'medium' } : { month: 'long', year: 'numeric' });
  const tick = dateFormat(locale, unit === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: '2-digit' });
  const busy = buckets.filter((bucket) => bucket.signUps > 0);
  const spoken = busy.length === 0 ? labels.none : formatList(busy.map((bucket) => `${full(bucket.start)}: ${count(bucket.signUps)}`), locale);
  const table = (
    <DataTable
      caption={labels.title}
      columns={[labels.bucket, labels.count]}
      rows={buckets.map((bucket) => ({ key: bucket.start, cells: [full(bucket.start), count(bucket.signUps)] }))}
    />
  );

  return (
    <ChartFrame summary={`${labels.title} — ${spoken}`} height={HEIGHT} table={table}>
      <BarChart data={buckets} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartPalette.grid} />
        <XAxis dataKey="start" tickFormatter={tick} tickLine={false} stroke={chartPalette.axis} fontSize={12} minTickGap={16} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} domain={[0, (max: number) => Math.max(max, 1)]} tickFormatter={count} tickLine={false} axisLine={false} stroke={chartPalette.axis} fontSize={12} width={36} />
        <Bar dataKey="signUps" name={labels.count} fill={chartPalette.counted} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
