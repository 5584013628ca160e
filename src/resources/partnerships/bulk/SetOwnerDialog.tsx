import { required, SelectInput, useGetList } from 'react-admin';
import type { User } from '../../../domain';
import { BulkFormDialog } from './BulkFormDialog';
import type { SubmitErrors } from './useBulkUpdate';

interface SetOwnerDialogProps {
  open: boolean;
  count: number;
  onClose: () => void;
  apply: (set: { ownerId: number }) => Promise<SubmitErrors>;
}

/** Who may own a partnership, as the API checks it: staff and admins who can sign in. */
const OWNERS = { role: ['staff', 'admin'], disabled: false };

/** Picks the owner to give every selected partnership. */
export function SetOwnerDialog({ open, count, onClose, apply }: SetOwnerDialogProps) {
  const { data: owners = [], isPending } = useGetList<User>(
    'users',
    { filter: OWNERS, sort: { field: 'fullName', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: open },
  );
  return (
    <BulkFormDialog open={open} title="app.bulk.ownerTitle" count={count} onClose={onClose} onSubmit={(values) => apply({ ownerId: Number(values.ownerId) })}>
      <SelectInput source="ownerId" choices={owners} optionText="fullName" isPending={isPending} validate={required()} fullWidth />
    </BulkFormDialog>
  );
}
