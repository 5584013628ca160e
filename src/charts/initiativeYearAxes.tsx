import { CartesianGrid, XAxis, YAxis, type YAxisProps } from 'recharts';
import { chartPalette } from './palette';
import { YearTick } from './YearTick';

export interface InitiativeYearAxesOptions {
  /** How many initiative years the window has: the X axis runs from 0 to it. */
  years: number;
  currentYear: number;
  yearLabel: (year: number) => string;
  currentYearLabel: string;
  /** A count as the reader writes it, for the value axis. */
  format: (value: number) => string;
  /** The value axis's range and, when fixed, its ticks. */
  domain: YAxisProps['domain'];
  ticks?: number[];
}

/**
 * The frame both initiative-year charts share: horizontal grid lines, the years under the X
 * axis (each named at its middle, the current one marked) and counts up the Y axis. Returned
 * as elements, not a component, since recharts reads its axes among the chart's own children.
 */
export function initiativeYearAxes({ years, currentYear, yearLabel, currentYearLabel, format, domain, ticks }: InitiativeYearAxesOptions) {
  const yearCentres = Array.from({ length: years }, (_, index) => index + 0.5);
  return [
    <CartesianGrid key="grid" vertical={false} stroke={chartPalette.grid} />,
    <XAxis
      key="years"
      type="number"
      dataKey="x"
      domain={[0, years]}
      ticks={yearCentres}
      tick={<YearTick currentYear={currentYear} yearLabel={yearLabel} currentYearLabel={currentYearLabel} />}
      height={44}
      tickLine={false}
      stroke={chartPalette.axis}
    />,
    <YAxis
      key="counts"
      ticks={ticks}
      domain={domain}
      allowDecimals={false}
      tickFormatter={format}
      tickLine={false}
      axisLine={false}
      stroke={chartPalette.axis}
      width={48}
    />,
  ];
}
