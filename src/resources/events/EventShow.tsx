import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Stack } from '@mui/material';
import { EnumField, LocaleDateField } from '../../components/fields';
import { LinkedPartnerships } from '../../components/LinkFields';
import { FocusAndParticipants } from '../../components/ParticipantFields';
import { RecordTimestamps } from '../../components/RecordTimestamps';
import { RecordHistory } from '../../components/history/RecordHistory';
import { EventLocationField } from './EventFields';

/** Everything about one event, and the partnerships it counts as activity for. */
export const EventShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <Stack direction="row" gap={4} flexWrap="wrap">
        <Labeled source="type">
          <EnumField source="type" group="eventType" />
        </Labeled>
        <Labeled source="startsAt">
          <LocaleDateField source="startsAt" showTime />
        </Labeled>
        <Labeled source="endsAt">
          <LocaleDateField source="endsAt" showTime emptyText="app.none" />
        </Labeled>
        <Labeled label="resources.events.fields.location">
          <EventLocationField />
        </Labeled>
        <FocusAndParticipants />
      </Stack>
      <LinkedPartnerships source="partnershipIds" label="resources.events.fields.partnershipIds" />
      <TextField source="outcome" emptyText="app.none" />
      <TextField source="notes" emptyText="app.none" />
      <RecordTimestamps />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
