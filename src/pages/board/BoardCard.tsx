import { memo, type KeyboardEvent } from 'react';
import { Box, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import { Draggable, type DraggableProvidedDragHandleProps } from '@hello-pangea/dnd';
import { Link, RecordContextProvider, useCreatePath, useNavigate, useTranslate } from 'react-admin';
import { daysBetween, type Partnership, type Role, type Stage } from '../../domain';
import { NextStepDue } from '../../components/NextStepDueField';
import { RegionChip } from '../../components/RegionChip';
import { StalledMarker } from '../../resources/partnerships/StalledMarker';
import { CardMoveMenu } from './CardMoveMenu';
import { pairOf } from './useStageMove';
import { boardCardId } from './useFocusAfterMove';

interface BoardCardProps {
  card: Partnership;
  index: number;
  ownerName: string | undefined;
  today: string;
  role: Role | null | undefined;
  /** Whether this user may move this card (their role, a coordinator's region). */
  movable: boolean;
  /** Dragging is off on a phone, where "Move…" is the way. */
  draggable: boolean;
  /** A move of this card is on its way to the server. */
  moving: boolean;
  onMove: (card: Partnership, to: Stage) => void;
}

/** The day the card entered its stage: its last stage change, else when it was created. */
const enteredStage = (card: Partnership) => (card.stageHistory.at(-1)?.at ?? card.createdAt).slice(0, 10);

/** The drag handle's props but its role: the card is an article holding a link and a button, not a button itself. */
const handleOf = (props: DraggableProvidedDragHandleProps | null) => {
  if (!props) return {};
  const { role: _role, ...handle } = props;
  return handle;
};

/** One partnership on the board; a drag handle when movable, and Enter opens it. */
function BoardCardView({ card, index, ownerName, today, role, movable, draggable, moving, onMove }: BoardCardProps) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const path = createPath({ resource: 'partnerships', id: card.id, type: 'show' });
  const pair = pairOf(card);
  const days = Math.max(0, daysBetween(enteredStage(card), today));
  const openOnEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) navigate(path);
  };
  return (
    <Draggable draggableId={String(card.id)} index={index} isDragDisabled={!movable || !draggable || moving}>
      {(provided, snapshot) => (
        <Card
          ref={provided.innerRef}
          {...provided.draggableProps}
          {...handleOf(provided.dragHandleProps)}
          component="article"
          id={boardCardId(card.id)}
          tabIndex={0}
          aria-label={pair}
          aria-busy={moving}
          onKeyDown={openOnEnter}
          variant="outlined"
          sx={{ mb: 1, opacity: moving ? 0.6 : 1, boxShadow: snapshot.isDragging ? 4 : 0, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
        >
          <RecordContextProvider value={card}>
            <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Link to={path} variant="subtitle2" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                {pair}
              </Link>
              <Stack direction="row" spacing={0.5} sx={{ my: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
                <RegionChip />
                <StalledMarker />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {ownerName ? translate('board.card.owner', { name: ownerName }) : translate('board.card.noOwner')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('board.card.daysInStage', { smart_count: days })}
              </Typography>
              {card.nextStep || card.nextStepDue ? (
                <Box sx={{ mt: 0.5 }}>
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {card.nextStep ?? translate('board.card.nextStep')}
                  </Typography>
                  <NextStepDue partnership={card} />
                </Box>
              ) : null}
            </CardContent>
            {movable ? (
              <CardActions sx={{ pt: 0, px: 1 }}>
                <CardMoveMenu stage={card.stage} role={role} label={translate('board.card.moveToLabel', { pair })} disabled={moving} onMove={(to) => onMove(card, to)} />
              </CardActions>
            ) : null}
          </RecordContextProvider>
        </Card>
      )}
    </Draggable>
  );
}

/** Memoised: a column re-renders its cards only when one of them changes. */
export const BoardCard = memo(BoardCardView);
