import { useRef, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { SectionCard } from '../../components/SectionCard';
import { ChartDownloadMenu } from './report/ChartDownloadMenu';
import type { ChartFigures } from './report/figures';
import { REPORT_SECTION } from './report/printStyles';

export type { ChartFigures };

interface ChartCardProps {
  title: string;
  hint?: string;
  /** The panel's figures, offered as CSV beside the chart's PNG and SVG. */
  figures?: ChartFigures;
  children: ReactNode;
}

/**
 * A titled card around one chart, with room between the words and the drawing, and its
 * downloads. Printed, each card is a page of the board report.
 */
export function ChartCard({ title, hint, figures, children }: ChartCardProps) {
  const drawing = useRef<HTMLDivElement>(null);
  return (
    <Box className={REPORT_SECTION} sx={{ height: '100%' }}>
      <SectionCard title={title} hint={hint} action={<ChartDownloadMenu title={title} figures={figures} drawingOf={() => drawing.current} />}>
        <Box ref={drawing} sx={{ mt: 2 }}>
          {children}
        </Box>
      </SectionCard>
    </Box>
  );
}
