import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useToday } from '../../components/useToday';
import type { MoveAnswers } from './movePlan';
import { pairOf, type MoveAsked } from './useStageMove';

type Errors = Partial<Record<keyof MoveAnswers, string>>;

/** What is wrong with the answers: each asked field is required; a signing date is not after today. */
function errorsOf({ needs }: MoveAsked, answers: Required<MoveAnswers>, today: string): Errors {
  const errors: Errors = {};
  if (needs.signedAt && !answers.signedAt) errors.signedAt = 'board.move.required';
  else if (needs.signedAt && answers.signedAt > today) errors.signedAt = 'app.validation.afterToday';
  if (needs.closedReason && !answers.closedReason.trim()) errors.closedReason = 'board.move.required';
  if (needs.note && !answers.stageNote.trim()) errors.stageNote = 'board.move.noteHelp';
  return errors;
}

/** Only what the move asked for is sent. */
const sentAnswers = ({ needs }: MoveAsked, answers: Required<MoveAnswers>): MoveAnswers => ({
  ...(needs.signedAt ? { signedAt: answers.signedAt } : {}),
  ...(needs.closedReason ? { closedReason: answers.closedReason.trim() } : {}),
  ...(needs.note ? { stageNote: answers.stageNote.trim() } : {}),
});

interface MoveDialogProps {
  asked: MoveAsked;
  onConfirm: (answers: MoveAnswers) => void;
  onCancel: () => void;
}

/** Asks, in one small dialog, what the target stage needs before the move is sent; Esc cancels and the card stays. */
export function MoveDialog({ asked, onConfirm, onCancel }: MoveDialogProps) {
  const translate = useTranslate();
  const today = useToday();
  const [answers, setAnswers] = useState<Required<MoveAnswers>>({ signedAt: today, closedReason: '', stageNote: '' });
  const [errors, setErrors] = useState<Errors>({});
  const { card, to, needs } = asked;
  // The first question takes the focus; the dialog's focus trap keeps it inside until it closes.
  const firstAsked = [needs.signedAt, needs.closedReason, needs.note].indexOf(true);
  const focused = useRef(false);
  const focusFirst = useCallback((input: HTMLInputElement | null) => {
    if (!input || focused.current) return;
    focused.current = true;
    input.focus();
  }, []);
  const first = (position: number) => (position === firstAsked ? focusFirst : undefined);
  const stage = translate(`app.stage.${to}`);
  const change = (field: keyof MoveAnswers) => (event: { target: { value: string } }) =>
    setAnswers((current) => ({ ...current, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = errorsOf(asked, answers, today);
    setErrors(found);
    if (Object.keys(found).length === 0) onConfirm(sentAnswers(asked, answers));
  };
  const helper = (field: keyof MoveAnswers, fallback?: string) =>
    errors[field] ? translate(errors[field]) : fallback ? translate(fallback) : undefined;
  return (
    <Dialog open onClose={onCancel} aria-labelledby="move-dialog-title" fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="move-dialog-title">{translate('board.move.title', { stage })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('board.move.intro', { pair: pairOf(card), from: translate(`app.stage.${card.stage}`), to: stage })}
          </DialogContentText>
          <Stack spacing={2}>
            {needs.signedAt ? (
              <TextField
                type="date"
                label={translate('board.move.signedAt')}
                value={answers.signedAt}
                onChange={change('signedAt')}
                required
                inputRef={first(0)}
                error={Boolean(errors.signedAt)}
                helperText={helper('signedAt')}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
              />
            ) : null}
            {needs.closedReason ? (
              <TextField
                label={translate('board.move.closedReason')}
                value={answers.closedReason}
                onChange={change('closedReason')}
                required
                multiline
                minRows={2}
                inputRef={first(1)}
                error={Boolean(errors.closedReason)}
                helperText={helper('closedReason')}
              />
            ) : null}
            {needs.note ? (
              <TextField
                label={translate('board.move.note')}
                value={answers.stageNote}
                onChange={change('stageNote')}
                required
                multiline
                minRows={2}
                inputRef={first(2)}
                error={Boolean(errors.stageNote)}
                helperText={helper('stageNote', 'board.move.noteHelp')}
              />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('board.move.cancel')}</Button>
          <Button type="submit" variant="contained">
            {translate('board.move.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
