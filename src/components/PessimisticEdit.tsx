import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import { Edit, useCanAccess, useRecordContext, useResourceContext, useTranslate, type EditProps } from 'react-admin';

/**
 * react-admin asks canAccess for the edit page without the record; a coordinator may edit only
 * the records of their region, so the form shows once the record is known to be theirs.
 */
function RecordWriteGuard({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource, record, enabled: record !== undefined });
  if (!record || isPending) return null;
  if (!canAccess) return <Alert severity="info">{translate('app.auth.readOnly')}</Alert>;
  return <>{children}</>;
}

/**
 * For every edit form: when the record reloads (the app bar's refresh, after a 409), the fields
 * the user typed in keep what they typed and the others, and the version, take the newer record.
 */
export const KEEP_TYPED_ON_RELOAD = { keepDirtyValues: true } as const;

/**
 * Every edit page: pessimistic, so the page waits for the server and a refused save (a field
 * error, or a 409 when someone else saved first) leaves the user's input in the form with the
 * reason shown; the record's `version` travels in the payload for the server's check. A
 * successful save opens the record's page.
 */
export const PessimisticEdit = ({ children, ...props }: EditProps) => (
  <Edit mutationMode="pessimistic" redirect="show" {...props}>
    <RecordWriteGuard>{children}</RecordWriteGuard>
  </Edit>
);
