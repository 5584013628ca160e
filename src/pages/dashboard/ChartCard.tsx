import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { SectionCard } from '../../components/SectionCard';

/** A titled card around one chart, with room between the words and the drawing. */
export const ChartCard = ({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) => (
  <SectionCard title={title} hint={hint}>
    <Box sx={{ mt: 2 }}>{children}</Box>
  </SectionCard>
);
