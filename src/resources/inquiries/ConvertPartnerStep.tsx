import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, SelectInput, required, useLocaleState, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { Stack, Typography } from '@mui/material';
import { PARTNERSHIP_KINDS, type Inquiry } from '../../domain';
import { choicesOf } from '../../lib/choices';
import { searchText } from '../../lib/linkLabels';
import { SuggestedMatches, type SuggestedMatch } from '../../components/matches/SuggestedMatches';
import { cityChoiceText } from './ConvertCityStep';
import { otherSide } from './conversion';

const byName = { field: 'name', order: 'ASC' } as const;
const key = (name: string) => `resources.inquiries.convert.${name}`;
const kindChoices = choicesOf('kind', PARTNERSHIP_KINDS);
const requiredKind = required();

/** Step 2, optional: a city of the other side (typed, or picked among the suggestions) and the kind of partnership. */
export function ConvertPartnerStep({ inquiry }: { inquiry: Inquiry }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { setValue } = useFormContext();
  const partnerSide = useMemo(() => ({ side: otherSide(inquiry.side) }), [inquiry.side]);
  const optionText = useMemo(() => cityChoiceText(locale), [locale]);
  const pick = (match: SuggestedMatch) => setValue('partnerCityId', match.cityId, { shouldDirty: true, shouldValidate: true });
  return (
    <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
        {translate(key('partnerStep'))}
      </Typography>
      <ReferenceInput source="partnerCityId" reference="cities" filter={partnerSide} sort={byName}>
        <AutocompleteInput label={key('partnerLabel')} helperText={key('partnerHelper')} optionText={optionText} filterToQuery={searchText} fullWidth />
      </ReferenceInput>
      <SelectInput source="kind" label={key('kindLabel')} choices={kindChoices} validate={requiredKind} helperText={false} />
      <SuggestedMatches inquiryId={inquiry.id} onPick={pick} pickLabel={translate(key('pick'))} />
    </Stack>
  );
}
