import { useId, useState, type MouseEvent } from 'react';
import { Button, useTranslate } from 'react-admin';
import { Divider, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material';
import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import { isAllowed, type SavedView, type SavedViewTarget, type Sort } from '../../domain';
import { useSignedInUser } from '../useSignedInUser';
import { ManageViewsDialog } from './ManageViewsDialog';
import { SaveViewDialog } from './SaveViewDialog';
import { useSavedViews, useViewName } from './useSavedViews';

export interface SavedViewsMenuProps {
  target: SavedViewTarget;
  /** The filter (and sort) shown now: what "Save current view…" keeps. */
  filter: Record<string, unknown>;
  sort?: Sort | null;
  /** Shows a chosen view's filter and sort. */
  onApply: (filter: Record<string, unknown>, sort: Sort | null) => void;
}

/**
 * The "Views" control of a list or the board (decision 024): the starter views, the user's
 * own and the team's shared ones to apply; the current filter to save; the user's own to manage.
 */
export function SavedViewsMenu({ target, filter, sort = null, onApply }: SavedViewsMenuProps) {
  const translate = useTranslate();
  const nameOf = useViewName();
  const { user } = useSignedInUser();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Where focus goes back to once a dialog has gone: the button that opened the menu.
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);
  const { starters, mine, shared, error, refetch } = useSavedViews(target);
  const manageable = [...mine, ...shared]
    .map((view) => ({ view, mayUpdate: isAllowed(user, 'update', 'views', view) }))
    .filter(({ view, mayUpdate }) => mayUpdate || isAllowed(user, 'delete', 'views', view));

  const apply = (view: SavedView) => {
    setAnchor(null);
    onApply(view.filter, view.sort);
  };
  const openDialog = (which: 'save' | 'manage') => {
    setAnchor(null);
    setDialog(which);
  };
  const group = (label: string, views: SavedView[], byOwner = false) =>
    views.length === 0
      ? []
      : [
          <ListSubheader key={label}>{translate(label)}</ListSubheader>,
          ...views.map((view) => (
            <MenuItem key={view.id} onClick={() => apply(view)}>
              <ListItemText primary={nameOf(view)} secondary={byOwner ? translate('app.savedViews.sharedBy', { name: view.ownerName }) : undefined} />
            </MenuItem>
          )),
        ];

  return (
    <>
      <Button
        label="app.savedViews.button"
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          setOpener(event.currentTarget);
          setAnchor(event.currentTarget);
        }}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
      >
        <BookmarksIcon />
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {error && <MenuItem disabled>{translate('app.savedViews.failed', { reason: translate(error.message, { _: error.message }) })}</MenuItem>}
        {group('app.savedViews.starters', starters)}
        {group('app.savedViews.mine', mine)}
        {group('app.savedViews.shared', shared, true)}
        {!error && starters.length + mine.length + shared.length === 0 && <MenuItem disabled>{translate('app.savedViews.none')}</MenuItem>}
        <Divider />
        {isAllowed(user, 'create', 'views') && <MenuItem onClick={() => openDialog('save')}>{translate('app.savedViews.save')}</MenuItem>}
        {manageable.length > 0 && <MenuItem onClick={() => openDialog('manage')}>{translate('app.savedViews.manage')}</MenuItem>}
      </Menu>
      <SaveViewDialog
        open={dialog === 'save'}
        target={target}
        filter={filter}
        sort={sort}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null);
          void refetch();
        }}
        onExited={() => opener?.focus()}
      />
      <ManageViewsDialog open={dialog === 'manage'} views={manageable} onClose={() => setDialog(null)} onChanged={() => void refetch()} onExited={() => opener?.focus()} />
    </>
  );
}
