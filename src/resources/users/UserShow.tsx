import { BooleanField, EmailField, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { RecordHistory } from '../../components/history/RecordHistory';

/** One member of the team: how to reach them, what their role lets them do. */
export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="fullName" variant="h6" />
      <EmailField source="email" />
      <Labeled source="role">
        <EnumField source="role" group="role" />
      </Labeled>
      <Labeled source="region">
        <RegionChip />
      </Labeled>
      <BooleanField source="disabled" />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
