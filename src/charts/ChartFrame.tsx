import type { ReactElement, ReactNode } from 'react';
import { Box } from '@mui/material';
import { ResponsiveContainer } from 'recharts';

interface ChartFrameProps {
  /** What the drawing shows, in one sentence: its accessible name. */
  summary: string;
  /** Fixed height in pixels; the width follows the card. */
  height: number;
  /** A recharts chart, sized by the container. */
  children: ReactElement;
  /** The same figures as a table for screen readers (see DataTable). */
  table: ReactNode;
}

/**
 * A chart as an image with a spoken summary, its figures as a hidden table beside it.
 * The drawing fills the width it is given at a fixed height; where nothing has a size
 * (jsdom), recharts draws nothing and the summary and table still carry the figures.
 */
export function ChartFrame({ summary, height, children, table }: ChartFrameProps) {
  return (
    <Box>
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an SVG drawing cannot be an <img>: the role names it as one picture. */}
      <Box role="img" aria-label={summary} sx={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </Box>
      {table}
    </Box>
  );
}
