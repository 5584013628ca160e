import { useState } from 'react';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { Alert, Autocomplete, Box, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { SIDES, type Side } from '../../domain';
import { formatNumber } from '../../components/fields';
import { countryName } from '../../lib/countries';
import { admin1Name } from './places';
import { alreadyListed, useGazetteer, type GazetteerMatch } from './useGazetteer';

/** Writes a gazetteer city into the form; every field stays editable afterwards. */
function useFillFromGazetteer() {
  const { setValue, formState } = useFormContext();
  return (city: GazetteerMatch) => {
    const values = {
      name: city.name,
      country: city.country,
      admin1: city.admin1,
      geonameId: city.geonameId,
      lat: city.lat,
      lng: city.lng,
      population: city.population,
      // GeoNames gives no census year: the estimate is dated this year, and staff may correct it.
      populationYear: new Date().getFullYear(),
    };
    for (const [field, value] of Object.entries(values)) {
      setValue(field, value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    }
  };
}

/** Picking a city that is already listed leads to it instead of making a duplicate. */
function AlreadyListed({ city }: { city: GazetteerMatch }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Alert severity="info" sx={{ mt: 1 }}>
      {translate('resources.cities.lookup.alreadyListed', { name: city.name })}{' '}
      {typeof city.cityId === 'number' && (
        <Link to={createPath({ resource: 'cities', id: city.cityId, type: 'show' })}>
          {translate('resources.cities.lookup.open')}
        </Link>
      )}
    </Alert>
  );
}

/** Looks a city up in the GeoNames gazetteer so staff need not type coordinates or populations. */
export function GazetteerLookup() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [side, setSide] = useState<Side>('africa');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<GazetteerMatch | null>(null);
  const { data, isFetching, isError, enabled, settled } = useGazetteer(text, side);
  const fillForm = useFillFromGazetteer();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.cities.lookup.${key}`, options);

  const describe = (city: GazetteerMatch) =>
    t('option', {
      name: city.name,
      place: city.country === 'US' ? admin1Name(city.country, city.admin1) : countryName(city.country, locale),
      population: formatNumber(city.population, locale),
    });
  const pick = (city: GazetteerMatch | null) => {
    setPicked(city);
    if (city && !alreadyListed(city)) fillForm(city);
  };

  return (
    <Box sx={{ width: '100%', mb: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        {t('title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems="flex-start">
        <ToggleButtonGroup
          exclusive
          size="small"
          value={side}
          onChange={(_event, value: Side | null) => value && setSide(value)}
          aria-label={t('side')}
        >
          {SIDES.map((value) => (
            <ToggleButton key={value} value={value}>
              {translate(`app.side.${value}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Autocomplete
          sx={{ flex: 1, width: '100%' }}
          options={data ?? []}
          // The API already matched and ranked the cities.
          filterOptions={(options) => options}
          getOptionLabel={(city) => city.name}
          getOptionKey={(city) => city.geonameId}
          isOptionEqualToValue={(option, value) => option.geonameId === value.geonameId}
          value={picked}
          onChange={(_event, city) => pick(city)}
          inputValue={text}
          onInputChange={(_event, value, reason) => {
            setText(value);
            // Typing again starts a new look-up: the city picked before no longer applies.
            if (reason === 'input') setPicked(null);
          }}
          loading={enabled && (isFetching || !settled)}
          loadingText={t('loading')}
          noOptionsText={!enabled ? t('typeMore') : isError ? t('failed') : t('noResults')}
          renderOption={({ key, ...props }, city) => (
            <li key={key} {...props}>
              {describe(city)}
              {alreadyListed(city) && ` (${t('inUse')})`}
            </li>
          )}
          renderInput={(params) => <TextField {...params} label={t('label')} helperText={t('helper')} />}
        />
      </Stack>
      {picked && alreadyListed(picked) && <AlreadyListed city={picked} />}
      {isError && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {t('failed')}
        </Alert>
      )}
    </Box>
  );
}
