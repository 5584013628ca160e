import { BooleanInput, DateTimeInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import type { ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { EVENT_TYPES, eventInputSchema } from '../../domain/event';
import { FOCUS_AREAS } from '../../domain/partnership';
import { CityInput, PartnershipsInput } from '../../components/LinkInputs';
import { FormRow } from '../../components/Section';
import { choicesOf } from '../../lib/choices';
import { blankToNull } from '../../lib/formValues';
import { validateWith } from '../../lib/validate';

const eventTypeChoices = choicesOf('eventType', EVENT_TYPES);
const focusAreaChoices = choicesOf('focusArea', FOCUS_AREAS);

/**
 * The form checks exactly what the API checks: the domain schema, in the user's language.
 * Forms using it set `noValidate`, so the browser's own checks (`min` on the counts) do not
 * block a save with a tooltip of their own instead.
 */
export const validateEvent = validateWith(eventInputSchema);

/** A virtual event has no city: turning it on clears the city so the form stays valid. */
function LocationInputs() {
  const { setValue } = useFormContext();
  const virtual = useWatch({ name: 'virtual' }) === true;
  const clearCityWhenVirtual = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.checked) setValue('cityId', null, { shouldDirty: true });
  };
  return (
    <>
      <BooleanInput source="virtual" onChange={clearCityWhenVirtual} helperText="resources.events.helper.virtual" />
      {!virtual && <CityInput source="cityId" label="resources.events.fields.cityId" />}
    </>
  );
}

/** The event form, shared by create and edit. Checked by the domain schema (see validate). */
export function EventInputs() {
  return (
    <>
      <FormRow>
        <SelectInput source="type" choices={eventTypeChoices} sx={{ minWidth: 240 }} />
        <TextInput source="title" fullWidth />
      </FormRow>
      <FormRow>
        <DateTimeInput source="startsAt" />
        <DateTimeInput source="endsAt" helperText="resources.events.helper.endsAt" />
      </FormRow>
      <LocationInputs />
      <PartnershipsInput
        source="partnershipIds"
        label="resources.events.fields.partnershipIds"
        helperText="resources.events.helper.partnershipIds"
      />
      <SelectInput source="focusArea" choices={focusAreaChoices} parse={blankToNull} sx={{ minWidth: 240 }} />
      <FormRow>
        <NumberInput source="adults" min={0} step={1} />
        <NumberInput source="youth" min={0} step={1} helperText="resources.events.helper.counts" />
      </FormRow>
      <TextInput source="outcome" multiline minRows={2} fullWidth />
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
