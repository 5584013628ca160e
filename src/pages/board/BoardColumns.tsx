import { useState } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Partnership, Stage, StageTotals } from '../../domain';
import type { SignedInUser } from '../../providers/authProvider';
import { formatNumber } from '../../components/fields';
import { StageColumn } from './StageColumn';
import type { BoardFilter } from './useBoardFilter';
import type { PendingMove } from './useStageMove';

export interface BoardColumnsProps {
  stages: readonly Stage[];
  filter: BoardFilter;
  totals: StageTotals | undefined;
  pending: PendingMove | null;
  user: SignedInUser | undefined;
  today: string;
  onMove: (card: Partnership, to: Stage) => void;
}

const COLUMN_WIDTH = 272;

/** Every stage side by side, scrolling sideways; cards drag between them. */
export function DesktopColumns({ stages, totals, ...column }: BoardColumnsProps) {
  return (
    <Box sx={{ display: 'flex', gap: 1, overflowX: 'auto', pb: 1, alignItems: 'flex-start' }}>
      {stages.map((stage) => (
        <Box key={stage} sx={{ flex: `0 0 ${COLUMN_WIDTH}px` }}>
          <StageColumn stage={stage} total={totals?.byStage[stage]} draggable {...column} />
        </Box>
      ))}
    </Box>
  );
}

/** A phone: one stage at a time, picked from tabs that carry each stage's count; "Move…" moves cards. */
export function PhoneColumns({ stages, totals, ...column }: BoardColumnsProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [picked, setPicked] = useState<Stage>(stages[0]!);
  const stage = stages.includes(picked) ? picked : stages[0]!;
  const countOf = (s: Stage) => (totals ? formatNumber(totals.byStage[s], locale) : '…');
  return (
    <>
      <Tabs value={stage} onChange={(_, next: Stage) => setPicked(next)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile aria-label={translate('board.stages')} sx={{ mb: 1 }}>
        {stages.map((s) => (
          <Tab key={s} value={s} label={`${translate(`app.stage.${s}`)} (${countOf(s)})`} />
        ))}
      </Tabs>
      <StageColumn stage={stage} total={totals?.byStage[stage]} draggable={false} hideHeading {...column} />
    </>
  );
}
