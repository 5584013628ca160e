import { useState } from 'react';
import { useInput, useLocaleState, useTranslate } from 'react-admin';
import { Autocomplete, TextField } from '@mui/material';
import type { Side } from '../../domain';
import { formatNumber } from '../../components/fields';
import { countryName } from '../../lib/countries';
import { admin1Name } from '../cities/places';
import { alreadyListed, useGazetteer, type GazetteerMatch } from '../cities/useGazetteer';
import type { PickedPlace } from './conversion';

interface GazetteerPlaceInputProps {
  source: string;
  side: Side;
  /** What the search box starts with: the city as they typed it. */
  initialText: string;
}

/**
 * A place of the GeoNames gazetteer on one side, as a form value ({ geonameId, name, cityId }):
 * the server uses the listed city when there is one, else adds it. Found by the cities' look-up.
 */
export function GazetteerPlaceInput({ source, side, initialText }: GazetteerPlaceInputProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { field, fieldState, id } = useInput({ source });
  const [text, setText] = useState(initialText);
  const { data, isFetching, isError, enabled, settled } = useGazetteer(text, side);
  const lookup = (key: string, options?: Record<string, unknown>) => translate(`resources.cities.lookup.${key}`, options);
  const describe = (city: GazetteerMatch) =>
    lookup('option', {
      name: city.name,
      place: city.country === 'US' ? admin1Name(city.country, city.admin1) : countryName(city.country, locale),
      population: formatNumber(city.population, locale),
    });
  // react-admin hands an empty input '' rather than null.
  const picked = field.value && typeof field.value === 'object' ? (field.value as PickedPlace) : null;
  const error = fieldState.error?.message;
  return (
    <Autocomplete<GazetteerMatch | PickedPlace>
      id={id}
      fullWidth
      options={data ?? []}
      // The API already matched and ranked the cities.
      filterOptions={(options) => options}
      getOptionLabel={(city) => city.name}
      getOptionKey={(city) => city.geonameId}
      isOptionEqualToValue={(option, value) => option.geonameId === value.geonameId}
      value={picked}
      onChange={(_event, city) => field.onChange(city ? { geonameId: city.geonameId, name: city.name, cityId: city.cityId ?? null } : null)}
      onBlur={field.onBlur}
      inputValue={text}
      onInputChange={(_event, value, reason) => {
        // Nothing picked yet: the city as they typed it stays in the box until someone types.
        if (reason !== 'reset' || value !== '') setText(value);
      }}
      loading={enabled && (isFetching || !settled)}
      loadingText={lookup('loading')}
      noOptionsText={!enabled ? lookup('typeMore') : isError ? lookup('failed') : lookup('noResults')}
      renderOption={({ key, ...props }, city) => (
        <li key={key} {...props}>
          {'population' in city ? describe(city) : city.name}
          {'population' in city && alreadyListed(city) && ` (${lookup('inUse')})`}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          label={translate('resources.inquiries.convert.searchLabel')}
          required
          error={Boolean(error)}
          helperText={error ? translate(error, { _: error }) : translate('resources.inquiries.convert.searchHelper')}
        />
      )}
    />
  );
}
