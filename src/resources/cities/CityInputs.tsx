import { DateInput, NumberInput, TextInput } from 'react-admin';
import { FormRow, Section } from '../../components/Section';
import { Admin1Input, CountryInput, DerivedPlace, LanguagesInput, MembershipInputs } from './placeInputs';

/**
 * The inputs of a city, shared by create and edit. The forms set noValidate: email and url
 * inputs are checked by the domain schema, in the user's language, not by the browser.
 */
export function CityInputs() {
  return (
    <>
      <Section title="resources.cities.sections.identity">
        <TextInput source="name" />
        <FormRow>
          <CountryInput />
          <Admin1Input />
        </FormRow>
        <DerivedPlace />
        <FormRow>
          <NumberInput source="lat" step={0.0001} />
          <NumberInput source="lng" step={0.0001} />
        </FormRow>
        <FormRow>
          <NumberInput source="population" step={1} min={0} />
          <NumberInput source="populationYear" step={1} />
        </FormRow>
      </Section>
      <Section title="resources.cities.sections.leadership">
        <FormRow>
          <TextInput source="leaderTitle" />
          <TextInput source="leaderName" />
          <DateInput source="leaderTermEnds" />
        </FormRow>
      </Section>
      <Section title="resources.cities.sections.languages">
        <LanguagesInput />
      </Section>
      <Section title="resources.cities.sections.contact">
        <FormRow>
          <TextInput source="contactName" />
          <TextInput source="contactEmail" type="email" />
          <TextInput source="contactPhone" type="tel" />
        </FormRow>
        <TextInput source="website" type="url" />
      </Section>
      <MembershipInputs />
      <Section title="resources.cities.sections.notes">
        <TextInput source="notes" multiline minRows={3} />
      </Section>
    </>
  );
}
