import { Box } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { DateInput, Edit, NumberInput, SaveButton, SimpleForm, Toolbar, useNotify } from 'react-admin';
import { RecordHistory } from '../../components/history/RecordHistory';
import { FormRow, Section } from '../../components/Section';
import { LiveCountingRule } from './LiveCountingRule';
import { MilestoneInputs } from './MilestoneInputs';
import { MAX_YEARS, settingsOf, validateSettings } from './settingsForm';

/** The one settings record (decision 030). */
const SETTINGS_ID = 1;

/** Nothing to delete or create: the one record is only saved. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * The initiative's goal, for admins (others are sent to the access-denied page by Edit's own
 * check): start, length, target, yearly milestones and the forecast's look-back, with the
 * counting rule as the values being typed would make it, and the history of every change.
 */
export default function SettingsPage() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const onSuccess = () => {
    // A new goal changes every figure kept (progress, forecast, funnel, homes) and adds to the history.
    void queryClient.invalidateQueries();
    notify('app.settings.saved', { type: 'success' });
  };
  return (
    <Edit
      resource="settings"
      id={SETTINGS_ID}
      title="app.settings.title"
      actions={false}
      mutationMode="pessimistic"
      redirect={false}
      transform={settingsOf}
      mutationOptions={{ onSuccess }}
    >
      <SimpleForm validate={validateSettings} noValidate toolbar={<SaveOnly />}>
        <FormRow>
          <DateInput source="startDate" />
          <NumberInput source="years" step={1} min={1} max={MAX_YEARS} />
          <NumberInput source="target" step={1} min={1} />
        </FormRow>
        <MilestoneInputs />
        <NumberInput source="forecastMonths" step={1} min={6} max={60} helperText="app.settings.forecastMonthsHelp" />
        <Section title="app.settings.rule">
          <LiveCountingRule />
        </Section>
      </SimpleForm>
      <Box sx={{ px: 2, pb: 2 }}>
        <RecordHistory />
      </Box>
    </Edit>
  );
}
