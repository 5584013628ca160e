import { useState } from 'react';
import { useDelete, useNotify, useTranslate, useUpdate } from 'react-admin';
import { Button, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { MAX_VIEW_NAME, type SavedView } from '../../domain';
import { refusalOf } from './refusal';

interface ViewEditorProps {
  view: SavedView;
  /** Whether the user may rename and share it (their own), or only delete it (an admin, a shared view). */
  mayUpdate: boolean;
  onChanged: () => void;
}

/** One view in the manage dialog: rename it, share it or not, delete it; each a versioned write. */
export function ViewEditor({ view, mayUpdate, onChanged }: ViewEditorProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const [name, setName] = useState(view.name);
  const [shared, setShared] = useState(view.shared);
  const [update, { isPending: saving }] = useUpdate(undefined, undefined, { mutationMode: 'pessimistic' });
  const [remove, { isPending: deleting }] = useDelete(undefined, undefined, { mutationMode: 'pessimistic' });
  const changed = name.trim() !== view.name || shared !== view.shared;
  const done = (message: string) => () => {
    notify(message, { type: 'info' });
    onChanged();
  };
  const refused = (error: unknown) => notify(refusalOf(error), { type: 'error' });

  const save = () =>
    update('views', { id: view.id, data: { ...view, name: name.trim(), shared }, previousData: view }, { onSuccess: done('app.savedViews.changed'), onError: refused });
  const erase = () => remove('views', { id: view.id, previousData: view }, { onSuccess: done('app.savedViews.deleted'), onError: refused });

  return (
    <Stack component="fieldset" aria-label={view.name} spacing={1} sx={{ border: 0, m: 0, px: 0, py: 1 }}>
      {mayUpdate ? (
        <TextField
          label={translate('app.savedViews.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          fullWidth
          size="small"
          slotProps={{ htmlInput: { maxLength: MAX_VIEW_NAME } }}
        />
      ) : (
        <Typography>
          {view.name} · {translate('app.savedViews.sharedBy', { name: view.ownerName })}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {mayUpdate && (
          <>
            <FormControlLabel control={<Switch checked={shared} onChange={(event) => setShared(event.target.checked)} />} label={translate('app.savedViews.share')} />
            <Button onClick={save} disabled={saving || !changed || name.trim() === ''}>
              {translate('app.savedViews.rename')}
            </Button>
          </>
        )}
        <Button color="error" onClick={erase} disabled={deleting} aria-label={translate('app.savedViews.deleteNamed', { name: view.name })}>
          {translate('ra.action.delete')}
        </Button>
      </Stack>
    </Stack>
  );
}
