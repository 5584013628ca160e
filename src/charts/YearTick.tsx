import type { XAxisTickContentProps } from 'recharts';
import { chartPalette } from './palette';

/** Recharts fills in the tick's place (x, y, payload) when it clones this element per tick. */
interface YearTickProps extends Partial<Pick<XAxisTickContentProps, 'x' | 'y' | 'payload'>> {
  currentYear: number;
  yearLabel: (year: number) => string;
  currentYearLabel: string;
}

/**
 * An initiative year under the axis. The current year stands out in the accent colour with
 * a second line that says so: written under the axis, it never collides with the lines above.
 */
export function YearTick({ x = 0, y = 0, payload, currentYear, yearLabel, currentYearLabel }: YearTickProps) {
  // Ticks sit mid-year (0.5, 1.5 …): rounding up names the year they stand in.
  const year = Math.ceil(Number(payload?.value));
  const current = year === currentYear;
  return (
    <text
      x={x}
      y={Number(y) + 14}
      textAnchor="middle"
      fontSize={14}
      fill={current ? chartPalette.projection : chartPalette.axis}
      fontWeight={current ? 700 : 400}
    >
      <tspan x={x}>{yearLabel(year)}</tspan>
      {current && (
        <tspan x={x} dy={16} fontSize={12}>
          {currentYearLabel}
        </tspan>
      )}
    </text>
  );
}
