import { useState } from 'react';
import EventIcon from '@mui/icons-material/Event';
import PersonIcon from '@mui/icons-material/Person';
import { Button, useListContext } from 'react-admin';
import { isAllowed } from '../../../domain';
import { useSignedInUser } from '../../../components/useSignedInUser';
import { RefusedDialog } from './RefusedDialog';
import { SetNextStepDialog } from './SetNextStepDialog';
import { SetOwnerDialog } from './SetOwnerDialog';
import { useBulkUpdate } from './useBulkUpdate';

/** Set the owner, or the next step, of the rows selected: each row its own versioned write (decision 026). */
export function PartnershipBulkActions() {
  const { selectedIds } = useListContext();
  const { apply, refused, closeRefused } = useBulkUpdate();
  const [open, setOpen] = useState<'owner' | 'nextStep' | null>(null);
  const close = () => setOpen(null);
  const count = selectedIds.length;
  return (
    <>
      <Button label="app.bulk.setOwner" onClick={() => setOpen('owner')}>
        <PersonIcon />
      </Button>
      <Button label="app.bulk.setNextStep" onClick={() => setOpen('nextStep')}>
        <EventIcon />
      </Button>
      <SetOwnerDialog open={open === 'owner'} count={count} onClose={close} apply={apply} />
      <SetNextStepDialog open={open === 'nextStep'} count={count} onClose={close} apply={apply} />
      <RefusedDialog refused={refused} onClose={closeRefused} />
    </>
  );
}

/**
 * The list's bulkActionButtons: the actions for a role that may change partnerships, none
 * (no row checkboxes either) for one that only reads. A coordinator's rows of other regions
 * are refused by the server, row by row, and listed.
 */
export function usePartnershipBulkActions() {
  const { user } = useSignedInUser();
  return isAllowed(user, 'update', 'partnerships') ? <PartnershipBulkActions /> : false;
}
