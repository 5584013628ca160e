import { useId, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import DoneIcon from '@mui/icons-material/Done';
import { Button, Form, SaveButton, useTranslate, type ValidateForm } from 'react-admin';
import type { SubmitErrors } from './useBulkUpdate';

interface BulkFormDialogProps {
  open: boolean;
  /** A translation key taking the number of rows (smart_count). */
  title: string;
  count: number;
  onClose: () => void;
  /** Resolves to field errors to show, or to nothing when done (the dialog then closes). */
  onSubmit: (values: Record<string, unknown>) => Promise<SubmitErrors>;
  validate?: ValidateForm;
  children: ReactNode;
}

/** A small form in a dialog for a bulk action: fits a phone's width, closes with Escape or Cancel. */
export function BulkFormDialog({ open, title, count, onClose, onSubmit, validate, children }: BulkFormDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const submit = async (values: Record<string, unknown>) => {
    const errors = await onSubmit(values);
    if (!errors) onClose();
    return errors;
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <Form onSubmit={submit} validate={validate}>
        <DialogTitle id={titleId}>{translate(title, { smart_count: count })}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          {/* Enabled on an untouched form too: Apply then says what is missing. */}
          <SaveButton label="app.bulk.apply" icon={<DoneIcon />} variant="text" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
