import { BulkDeleteButton, useListContext, useResourceContext } from 'react-admin';
import { isAllowed, type GuardedResource } from '../domain';
import { useSignedInUser } from './useSignedInUser';

/**
 * The list's bulk delete, offered only when the signed-in user may delete every selected
 * record: react-admin asks canAccess once for the whole resource, but a coordinator may
 * delete only the records of their region. Same rule as canAccess (isAllowed, per record).
 */
export function RegionalBulkDelete() {
  const { selectedIds, data } = useListContext();
  const resource = useResourceContext() as GuardedResource;
  const { user } = useSignedInUser();
  const selected = (data ?? []).filter((record) => selectedIds.includes(record.id));
  const allowed =
    selected.length === selectedIds.length && selected.every((record) => isAllowed(user, 'delete', resource, record));
  return allowed ? <BulkDeleteButton /> : null;
}
