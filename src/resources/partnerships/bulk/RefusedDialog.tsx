import { useId } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import { Button, useTranslate, type TranslateFunction } from 'react-admin';
import { partnershipPair } from '../../../lib/linkLabels';
import type { RefusedRow } from './useBulkUpdate';

/** A 409 here is no edit form's: the user's change was not kept in a form, the row is simply left as it was. */
const REASONS: Record<string, string> = { 'app.error.conflict': 'app.bulk.conflict' };

/** Why a row was refused, in the user's language: the reason, then each field the rule named. */
export function reasonOf({ message, errors = {} }: RefusedRow, translate: TranslateFunction): string {
  const reason = translate(REASONS[message] ?? message, { _: message });
  const fields = Object.entries(errors).map(
    ([field, key]) => `${translate(`resources.partnerships.fields.${field}`, { _: field })}: ${translate(key, { _: key })}`,
  );
  return [reason, ...fields].join(' · ');
}

/** The rows a bulk action left as they were, each named by its cities, with the reason. */
export function RefusedDialog({ refused, onClose }: { refused: RefusedRow[]; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={refused.length > 0} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('app.bulk.refusedTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.bulk.refusedIntro')}</DialogContentText>
        <List dense aria-labelledby={titleId}>
          {refused.map((row) => (
            <ListItem key={row.id} disableGutters>
              <ListItemText primary={row.record ? partnershipPair(row.record) : `#${row.id}`} secondary={reasonOf(row, translate)} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
}
