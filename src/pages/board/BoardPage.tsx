import { useState } from 'react';
import { Alert, FormControlLabel, Stack, Switch, useMediaQuery, type Theme } from '@mui/material';
import { DragDropContext } from '@hello-pangea/dnd';
import { Loading, Title, useTranslate } from 'react-admin';
import { EXITS, isAllowed, PIPELINE, type Stage } from '../../domain';
import { useSignedInUser } from '../../components/useSignedInUser';
import { useToday } from '../../components/useToday';
import { SavedViewsMenu } from '../../components/savedViews/SavedViewsMenu';
import { BoardFilters } from './BoardFilters';
import { DesktopColumns, PhoneColumns } from './BoardColumns';
import { MoveDialog } from './MoveDialog';
import { useBoardFilter } from './useBoardFilter';
import { useDragMoves } from './useDragMoves';
import { useStageMove } from './useStageMove';
import { useStageTotals } from './useStageTotals';

const WITH_EXITS: readonly Stage[] = [...PIPELINE, ...EXITS];

/**
 * The stage board (decision 021): a column per pipeline stage with the server's totals, cards
 * a page at a time, and moves that ask first what the stage needs, then send one request.
 */
export default function BoardPage() {
  const translate = useTranslate();
  const { user, isPending } = useSignedInUser();
  const [filter, setFilter] = useBoardFilter();
  const [showExits, setShowExits] = useState(false);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const today = useToday();
  const { data: totals } = useStageTotals(filter);
  const move = useStageMove();
  const onDragEnd = useDragMoves(filter, move.request);
  // A coordinator's board opens on their region: the first requests wait for who is signed in.
  if (isPending) return <Loading />;
  const Columns = phone ? PhoneColumns : DesktopColumns;
  return (
    // The layout grows to fit its content's width (react-admin's minWidth: fit-content): the board's
    // columns and tabs scroll inside the page instead of widening it.
    <Stack spacing={1} sx={{ py: 2, minWidth: 0, contain: 'inline-size' }}>
      <Title title="board.title" />
      <BoardFilters filter={filter} setFilter={setFilter}>
        <SavedViewsMenu target="board" filter={filter} onApply={(view) => setFilter(view)} />
        <FormControlLabel control={<Switch checked={showExits} onChange={(event) => setShowExits(event.target.checked)} />} label={translate('board.showExits')} />
      </BoardFilters>
      {isAllowed(user, 'update', 'partnerships') ? null : <Alert severity="info">{translate('board.readOnly')}</Alert>}
      <DragDropContext onDragEnd={onDragEnd}>
        <Columns stages={showExits ? WITH_EXITS : PIPELINE} filter={filter} totals={totals} pending={move.pending} user={user} today={today} onMove={move.request} />
      </DragDropContext>
      {move.asked ? <MoveDialog key={`${move.asked.card.id}-${move.asked.to}`} asked={move.asked} onConfirm={move.confirm} onCancel={move.cancel} /> : null}
    </Stack>
  );
}
