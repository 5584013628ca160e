import { DateInput, NumberInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { PROGRAM_KINDS, PROGRAM_STATUSES, programInputSchema } from '../../domain/program';
import { FOCUS_AREAS } from '../../domain/partnership';
import { CitiesInput, PartnershipsInput } from '../../components/LinkInputs';
import { FormRow } from '../../components/Section';
import { choicesOf } from '../../lib/choices';
import { blankToNull } from '../../lib/formValues';
import { validateWith } from '../../lib/validate';

const kindChoices = choicesOf('programKind', PROGRAM_KINDS);
const statusChoices = choicesOf('programStatus', PROGRAM_STATUSES);
const focusAreaChoices = choicesOf('focusArea', FOCUS_AREAS);

/**
 * The form checks exactly what the API checks: the domain schema, in the user's language.
 * Forms using it set `noValidate`, so the browser's own checks (`min` on the counts) do not
 * block a save with a tooltip of their own instead.
 */
export const validateProgram = validateWith(programInputSchema);

/** Participants are often minors: say plainly that the program keeps numbers, not people. */
function CountsNotice() {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" maxWidth={360}>
      {translate('resources.programs.helper.counts')}
    </Typography>
  );
}

/** The program form, shared by create and edit. */
export function ProgramInputs() {
  return (
    <>
      <FormRow>
        <SelectInput source="kind" choices={kindChoices} sx={{ minWidth: 280 }} />
        <TextInput source="title" fullWidth />
      </FormRow>
      <FormRow>
        <NumberInput source="cycleYear" min={2000} max={2100} step={1} />
        <SelectInput source="status" choices={statusChoices} sx={{ minWidth: 200 }} />
        <DateInput source="deadline" helperText="resources.programs.helper.deadline" />
      </FormRow>
      <PartnershipsInput source="partnershipIds" label="resources.programs.fields.partnershipIds" />
      <CitiesInput
        source="cityIds"
        label="resources.programs.fields.cityIds"
        helperText="resources.programs.helper.cityIds"
      />
      <SelectInput source="focusArea" choices={focusAreaChoices} parse={blankToNull} sx={{ minWidth: 240 }} />
      <FormRow alignItems={{ sm: 'center' }}>
        <NumberInput source="adults" min={0} step={1} helperText={false} />
        <NumberInput source="youth" min={0} step={1} helperText={false} />
        <CountsNotice />
      </FormRow>
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
