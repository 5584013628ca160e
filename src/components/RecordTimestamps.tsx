import { Labeled } from 'react-admin';
import { Stack } from '@mui/material';
import { LocaleDateField } from './fields';

/** When the record was created and last changed, at the foot of a show page. */
export const RecordTimestamps = () => (
  <Stack direction="row" gap={4}>
    <Labeled source="createdAt">
      <LocaleDateField source="createdAt" showTime />
    </Labeled>
    <Labeled source="updatedAt">
      <LocaleDateField source="updatedAt" showTime />
    </Labeled>
  </Stack>
);
