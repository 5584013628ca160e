import { useCallback } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { Alert, Button, DialogActions, DialogContent, Stack } from '@mui/material';
import type { Inquiry } from '../../domain';

/** After the conversion: what came of it, and the way to the new partnership (or the city). */
export function ConvertDone({ converted, onClose }: { converted: Inquiry; onClose: () => void }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const t = (name: string) => translate(`resources.inquiries.convert.${name}`);
  // The Convert button the keyboard was on is gone: the first way on takes the focus.
  const focusFirst = useCallback((link: HTMLAnchorElement | null) => link?.focus(), []);
  return (
    <>
      <DialogContent>
        <Alert severity="success">{t(converted.partnershipId ? 'doneWithPartnership' : 'doneCityOnly')}</Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ mt: 2 }}>
          {converted.partnershipId && (
            <Link to={createPath({ resource: 'partnerships', id: converted.partnershipId, type: 'show' })} ref={focusFirst}>
              {t('openPartnership')}
            </Link>
          )}
          {converted.cityId && (
            <Link to={createPath({ resource: 'cities', id: converted.cityId, type: 'show' })} ref={converted.partnershipId ? undefined : focusFirst}>
              {t('openCity')}
            </Link>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
      </DialogActions>
    </>
  );
}
