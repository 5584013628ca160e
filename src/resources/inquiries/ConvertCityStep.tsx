import { useMemo } from 'react';
import { AutocompleteInput, RadioButtonGroupInput, ReferenceInput, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Stack, Typography } from '@mui/material';
import type { City, Inquiry } from '../../domain';
import { searchText } from '../../lib/linkLabels';
import { GazetteerPlaceInput } from './GazetteerPlaceInput';
import { inquiryCityText } from './InquiryCityField';
import type { CityMode } from './conversion';

const byName = { field: 'name', order: 'ASC' } as const;
const key = (name: string) => `resources.inquiries.convert.${name}`;

/** "Kumasi, Ghana", "Springfield, IL, United States". */
export const cityChoiceText = (locale: string) => (city: City) => inquiryCityText({ ...city, cityName: city.name }, locale);

/** Step 1: the city the inquiry becomes, from the gazetteer place they picked, a listed city of their side, or another place. */
export function ConvertCityStep({ inquiry }: { inquiry: Inquiry }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const mode = useWatch({ name: 'cityMode' }) as CityMode;
  const sameSide = useMemo(() => ({ side: inquiry.side }), [inquiry.side]);
  const optionText = useMemo(() => cityChoiceText(locale), [locale]);
  const modes = useMemo(
    () => [
      ...(inquiry.geonameId ? [{ id: 'gazetteer', name: translate(key('gazetteer'), { city: inquiryCityText(inquiry, locale) }) }] : []),
      { id: 'existing', name: translate(key('existing')) },
      { id: 'search', name: translate(key('search')) },
    ],
    [inquiry, locale, translate],
  );
  return (
    <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
        {translate(key('cityStep'))}
      </Typography>
      {!inquiry.geonameId && (
        <Typography variant="body2" color="text.secondary">
          {translate(key('typed'), { city: inquiryCityText(inquiry, locale) })}
        </Typography>
      )}
      <RadioButtonGroupInput source="cityMode" label={key('cityMode')} choices={modes} row={false} translateChoice={false} helperText={false} />
      {mode === 'existing' && (
        <ReferenceInput source="existingCityId" reference="cities" filter={sameSide} sort={byName}>
          <AutocompleteInput label={key('existingLabel')} optionText={optionText} filterToQuery={searchText} fullWidth isRequired />
        </ReferenceInput>
      )}
      {mode === 'search' && <GazetteerPlaceInput source="place" side={inquiry.side} initialText={inquiry.cityName} />}
    </Stack>
  );
}
