import { Typography } from '@mui/material';
import { DateInput, TextInput, useTranslate } from 'react-admin';
import type { BulkSet } from '../../../domain';
import { BulkFormDialog } from './BulkFormDialog';
import { nextStepSet, validateNextStep } from './nextStepSet';
import type { SubmitErrors } from './useBulkUpdate';

interface SetNextStepDialogProps {
  open: boolean;
  count: number;
  onClose: () => void;
  apply: (set: BulkSet) => Promise<SubmitErrors>;
}

/** Gives every selected partnership the same next step and/or due date. */
export function SetNextStepDialog({ open, count, onClose, apply }: SetNextStepDialogProps) {
  const translate = useTranslate();
  return (
    <BulkFormDialog
      open={open}
      title="app.bulk.nextStepTitle"
      count={count}
      onClose={onClose}
      validate={validateNextStep}
      onSubmit={(values) => apply(nextStepSet(values))}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.bulk.nextStepHelp')}
      </Typography>
      <TextInput source="nextStep" fullWidth />
      <DateInput source="nextStepDue" fullWidth />
    </BulkFormDialog>
  );
}
