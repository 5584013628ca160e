import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Stack } from '@mui/material';
import { EnumField, LocaleDateField } from '../../components/fields';
import { LinkedCities, LinkedPartnerships } from '../../components/LinkFields';
import { FocusAndParticipants } from '../../components/ParticipantFields';
import { RecordTimestamps } from '../../components/RecordTimestamps';
import { RecordHistory } from '../../components/history/RecordHistory';
import { ProgramStatusChip } from './ProgramStatusChip';

/** Everything about one program, and the partnerships and cities taking part. */
export const ProgramShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <Stack direction="row" gap={4} flexWrap="wrap">
        <Labeled source="kind">
          <EnumField source="kind" group="programKind" />
        </Labeled>
        <Labeled source="cycleYear">
          <TextField source="cycleYear" />
        </Labeled>
        <Labeled source="status">
          <ProgramStatusChip />
        </Labeled>
        <Labeled source="deadline">
          <LocaleDateField source="deadline" emptyText="app.none" />
        </Labeled>
        <FocusAndParticipants />
      </Stack>
      <LinkedPartnerships source="partnershipIds" label="resources.programs.fields.partnershipIds" />
      <LinkedCities source="cityIds" label="resources.programs.fields.cityIds" />
      <TextField source="notes" emptyText="app.none" />
      <RecordTimestamps />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
