import {
  AutocompleteArrayInput,
  BooleanInput,
  DateInput,
  SelectInput,
  TextInput,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Chip, Stack, Typography } from '@mui/material';
import { regionOf, sideOfCountry } from '../../domain';
import { FormRow, Section } from '../../components/Section';
import { STATE_CHOICES, cityCountryChoices, languageChoices } from './places';

/** The country; a new country makes the old province meaningless, so it clears it. */
export function CountryInput() {
  const [locale] = useLocaleState();
  const { setValue } = useFormContext();
  const clearAdmin1 = () => setValue('admin1', null, { shouldDirty: true });
  return (
    <SelectInput
      source="country"
      choices={cityCountryChoices(locale)}
      translateChoice={false}
      onChange={clearAdmin1}
    />
  );
}

/** A US city picks its state (which sets its Census region); an African one types its province code. */
export function Admin1Input() {
  const country = useWatch({ name: 'country' }) as string | undefined;
  if (country === 'US') {
    return <SelectInput source="admin1" choices={STATE_CHOICES} translateChoice={false} />;
  }
  return (
    <TextInput source="admin1" label="resources.cities.admin1Province" helperText="resources.cities.admin1Helper" />
  );
}

/** What the server will derive from country and state, shown so nobody tries to type it. */
export function DerivedPlace() {
  const translate = useTranslate();
  const [country, admin1] = useWatch({ name: ['country', 'admin1'] }) as [string | undefined, string | undefined];
  const side = country ? sideOfCountry(country) : undefined;
  const region = country ? regionOf(country, admin1) : undefined;
  return (
    <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }} useFlexGap flexWrap="wrap">
      {side && <Chip size="small" label={`${translate('resources.cities.fields.side')}: ${translate(`app.side.${side}`)}`} />}
      {region && (
        <Chip size="small" label={`${translate('resources.cities.fields.region')}: ${translate(`app.region.${region}`)}`} />
      )}
      <Typography variant="caption" color="text.secondary">
        {translate(side && region ? 'resources.cities.derived' : 'resources.cities.derivedPending')}
      </Typography>
    </Stack>
  );
}

/** ISO 639-1 codes, picked by their names in the user's language. */
export function LanguagesInput() {
  const [locale] = useLocaleState();
  const current = (useWatch({ name: 'languages' }) as string[] | undefined) ?? [];
  return (
    <AutocompleteArrayInput
      source="languages"
      choices={languageChoices(locale, current)}
      translateChoice={false}
      helperText="resources.cities.languagesHelper"
    />
  );
}

/** SCI membership exists on the US side only. */
export function MembershipInputs() {
  const country = useWatch({ name: 'country' }) as string | undefined;
  if (country !== 'US') return null;
  return (
    <Section title="resources.cities.sections.membership">
      <FormRow>
        <BooleanInput source="sciMember" sx={{ flexShrink: 0 }} />
        <DateInput source="duesPaidThrough" />
      </FormRow>
    </Section>
  );
}
