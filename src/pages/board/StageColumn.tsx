import { memo, useMemo } from 'react';
import { Box, Button, CircularProgress, Paper, Typography } from '@mui/material';
import { Droppable } from '@hello-pangea/dnd';
import { useLocaleState, useTranslate } from 'react-admin';
import { isAllowed, type Partnership, type Stage } from '../../domain';
import type { SignedInUser } from '../../providers/authProvider';
import { formatNumber } from '../../components/fields';
import { BoardCard } from './BoardCard';
import type { BoardFilter } from './useBoardFilter';
import { useNearBottom } from './useNearBottom';
import { useOwnerNames } from './useOwnerNames';
import { useStageColumn } from './useStageColumn';
import type { PendingMove } from './useStageMove';

interface StageColumnProps {
  stage: Stage;
  filter: BoardFilter;
  /** The server's count for this stage and filter. */
  total: number | undefined;
  pending: PendingMove | null;
  user: SignedInUser | undefined;
  today: string;
  draggable: boolean;
  onMove: (card: Partnership, to: Stage) => void;
  /** Hides the heading where a tab already names the stage (the phone). */
  hideHeading?: boolean;
}

/** The loaded cards as the board shows them: a card on its way to another stage shows there already. */
function shownCards(cards: Partnership[], stage: Stage, pending: PendingMove | null): Partnership[] {
  if (!pending) return cards;
  const others = cards.filter((card) => card.id !== pending.card.id);
  return pending.to === stage ? [{ ...pending.card, stage }, ...others] : others;
}

/** Leadership moves nothing; a coordinator moves the cards of their region only. */
const mayMove = (user: SignedInUser | undefined, card: Partnership) => isAllowed(user, 'update', 'partnerships', card);

/** One stage: its total, its cards a page at a time, more as it scrolls (or by the button). */
function StageColumnView({ stage, filter, total, pending, user, today, draggable, onMove, hideHeading }: StageColumnProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { cards: loaded, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = useStageColumn(stage, filter);
  const cards = useMemo(() => shownCards(loaded, stage, pending), [loaded, stage, pending]);
  const owners = useOwnerNames(loaded);
  const loadMore = () => void (hasNextPage && !isFetchingNextPage && fetchNextPage());
  const sentinel = useNearBottom<HTMLDivElement>(loadMore, Boolean(hasNextPage));
  const stageName = translate(`app.stage.${stage}`);
  const headingId = `board-column-${stage}`;
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 1, bgcolor: 'action.hover', minWidth: 0 }}>
      <Typography id={headingId} variant="subtitle1" component="h2" sx={{ px: 0.5, mb: 1, ...(hideHeading ? visuallyHidden : {}) }}>
        {total === undefined ? stageName : translate('board.column', { stage: stageName, smart_count: total, total: formatNumber(total, locale) })}
      </Typography>
      <Droppable droppableId={stage}>
        {(provided) => (
          <Box ref={provided.innerRef} {...provided.droppableProps} sx={{ minHeight: 80 }}>
            {cards.map((card, index) => (
              <BoardCard
                key={card.id}
                card={card}
                index={index}
                ownerName={card.ownerId ? owners.get(card.ownerId) : undefined}
                today={today}
                role={user?.role}
                movable={mayMove(user, card)}
                draggable={draggable}
                moving={pending?.card.id === card.id}
                onMove={onMove}
              />
            ))}
            {provided.placeholder}
          </Box>
        )}
      </Droppable>
      {isPending ? <CircularProgress size={20} aria-label={translate('board.loading')} sx={{ m: 1 }} /> : null}
      {!isPending && cards.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
          {translate('board.empty')}
        </Typography>
      ) : null}
      <div ref={sentinel} />
      {hasNextPage ? (
        <Button fullWidth size="small" onClick={loadMore} disabled={isFetchingNextPage}>
          {translate('board.loadMore')}
        </Button>
      ) : null}
    </Paper>
  );
}

// In px: the sx shorthand reads a bare 1 as 100%.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' } as const;

export const StageColumn = memo(StageColumnView);
