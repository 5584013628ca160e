import { useId, useState } from 'react';
import { Form, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import type { Inquiry } from '../../domain';
import { useIsPhone } from '../../components/responsive/useIsPhone';
import { ConvertCityStep } from './ConvertCityStep';
import { ConvertDone } from './ConvertDone';
import { ConvertPartnerStep } from './ConvertPartnerStep';
import { convertDefaults, validateConversion, type ConvertValues } from './conversion';
import { useConvertInquiry } from './useConvertInquiry';

const key = (name: string) => `resources.inquiries.convert.${name}`;

/** The form's buttons; Convert says it is busy rather than turning itself off (a disabled button drops the keyboard's focus). */
function ConvertActions({ onCancel }: { onCancel: () => void }) {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <DialogActions>
      <Button onClick={onCancel}>{translate(key('cancel'))}</Button>
      <Button type="submit" variant="contained" aria-busy={isSubmitting}>
        {translate(key('submit'))}
      </Button>
    </DialogActions>
  );
}

/**
 * Converts an inquiry in one request: its city (the gazetteer's, a listed one, or another place)
 * and, when a partner is picked, a `prospect` partnership. Esc or Cancel closes it; at phone width
 * it fills the screen.
 */
interface ConvertDialogProps {
  inquiry: Inquiry;
  /** The partner it opens with: one picked among the suggestions on the page, or none. */
  partnerCityId: number | null;
  onClose: () => void;
}

export function ConvertDialog({ inquiry, partnerCityId, onClose }: ConvertDialogProps) {
  const translate = useTranslate();
  const isPhone = useIsPhone();
  const titleId = useId();
  const { submit, converted, message } = useConvertInquiry(inquiry);
  // Made once per opening: a new object would reset the form at every render (a reload after a 409 included).
  const [defaults] = useState(() => ({ ...convertDefaults(inquiry), partnerCityId }));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullScreen={isPhone} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(converted ? key('done') : key('title'), { organisation: inquiry.organisation })}</DialogTitle>
      {converted ? (
        <ConvertDone converted={converted} onClose={onClose} />
      ) : (
        <Form record={defaults} onSubmit={(values: FieldValues) => submit(values as ConvertValues)} validate={(values: FieldValues) => validateConversion(values as ConvertValues)} noValidate>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(key('intro'))}</DialogContentText>
            {message && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {translate(message, { _: message })}
              </Alert>
            )}
            <Stack gap={3}>
              <ConvertCityStep inquiry={inquiry} />
              <ConvertPartnerStep inquiry={inquiry} />
            </Stack>
          </DialogContent>
          <ConvertActions onCancel={onClose} />
        </Form>
      )}
    </Dialog>
  );
}
