import { FormHelperText, Stack, Typography } from '@mui/material';
import { NumberInput, useTranslate, ValidationError, type ValidationErrorMessage } from 'react-admin';
import { useFormState, useWatch } from 'react-hook-form';
import { milestoneCount } from './settingsForm';

const ERROR_ID = 'milestones-error';

/**
 * One input per year of the initiative, following `years` as it is typed. A refusal of the
 * list as a whole (not cumulative) shows under the group, which it describes.
 */
export function MilestoneInputs() {
  const translate = useTranslate();
  const years = useWatch({ name: 'years' });
  const milestones = useWatch({ name: 'milestones' }) as unknown[] | undefined;
  const { errors } = useFormState({ name: 'milestones' });
  // While `years` is being typed (empty, out of range), the inputs there were stay.
  const count = milestoneCount(years) || (milestones?.length ?? 0);
  // A message on the list itself (an array of messages would be the inputs' own).
  const listError = (errors.milestones as { message?: ValidationErrorMessage } | undefined)?.message;
  return (
    <Stack component="fieldset" aria-describedby={listError ? ERROR_ID : undefined} sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Typography component="legend" variant="subtitle1">
        {translate('resources.settings.fields.milestones')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.settings.milestonesHelp')}
      </Typography>
      <Stack direction="row" flexWrap="wrap" columnGap={2}>
        {Array.from({ length: count }, (_, i) => (
          <NumberInput key={i} source={`milestones.${i}`} label={translate('app.settings.milestoneOfYear', { year: i + 1 })} step={1} min={0} sx={{ width: 180 }} />
        ))}
      </Stack>
      {listError && (
        <FormHelperText id={ERROR_ID} error>
          <ValidationError error={listError} />
        </FormHelperText>
      )}
    </Stack>
  );
}
