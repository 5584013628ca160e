import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { SavedView } from '../../domain';
import { ViewEditor } from './ViewEditor';

interface ManageViewsDialogProps {
  open: boolean;
  /** The views the user may change or delete, each with whether they may change it. */
  views: { view: SavedView; mayUpdate: boolean }[];
  onClose: () => void;
  onChanged: () => void;
  onExited: () => void;
}

/** The user's own views (and, for an admin, the team's shared ones) to rename, share or delete. */
export function ManageViewsDialog({ open, views, onClose, onChanged, onExited }: ManageViewsDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId} slotProps={{ transition: { onExited } }}>
      <DialogTitle id={titleId}>{translate('app.savedViews.manageTitle')}</DialogTitle>
      <DialogContent>
        {views.map(({ view, mayUpdate }) => (
          // A new version starts the editor afresh from what the server now holds.
          <ViewEditor key={`${view.id}-${view.version}`} view={view} mayUpdate={mayUpdate} onChanged={onChanged} />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
