import { useId, useState, type FormEvent } from 'react';
import { useCreate, useNotify, useTranslate } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Switch, TextField } from '@mui/material';
import { MAX_VIEW_NAME, type SavedViewTarget, type Sort } from '../../domain';
import { refusalOf } from './refusal';

interface SaveViewDialogProps {
  open: boolean;
  target: SavedViewTarget;
  filter: Record<string, unknown>;
  sort: Sort | null;
  onClose: () => void;
  onSaved: () => void;
  /** When the dialog has gone: where focus goes back to. */
  onExited: () => void;
}

/** Names the current filter (and sort) and keeps it on the server, for the user or the whole team. */
export function SaveViewDialog({ open, target, filter, sort, onClose, onSaved, onExited }: SaveViewDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [create, { isPending }] = useCreate();

  function submit(event: FormEvent) {
    event.preventDefault();
    create(
      'views',
      { data: { name: name.trim(), target, filter, sort, shared } },
      {
        onSuccess: () => {
          notify('app.savedViews.saved', { type: 'info' });
          setName('');
          setShared(false);
          onSaved();
        },
        onError: (error) => notify(refusalOf(error), { type: 'error' }),
      },
    );
  }

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby={titleId} slotProps={{ transition: { onExited } }}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('app.savedViews.saveTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('app.savedViews.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            fullWidth
            margin="dense"
            slotProps={{ htmlInput: { maxLength: MAX_VIEW_NAME } }}
          />
          <FormControlLabel control={<Switch checked={shared} onChange={(event) => setShared(event.target.checked)} />} label={translate('app.savedViews.share')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isPending || name.trim() === ''}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
