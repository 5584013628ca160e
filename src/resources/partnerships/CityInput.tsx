import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, required, useLocaleState } from 'react-admin';
import type { City, Side } from '../../domain';
import { countryName } from '../../lib/countries';

interface CityInputProps {
  source: 'africanCityId' | 'usCityId';
  side: Side;
}

/** Names that tell cities apart: "Springfield, IL", "Kumasi, Ghana". */
function cityOptionText(locale: string) {
  return (city: City) =>
    city.side === 'us' ? `${city.name}, ${city.admin1 ?? ''}` : `${city.name}, ${countryName(city.country, locale)}`;
}

/**
 * Picks one city of one side. The search only offers cities of that side, so a partnership
 * cannot join two African or two US cities.
 */
export function CityInput({ source, side }: CityInputProps) {
  const [locale] = useLocaleState();
  const optionText = useMemo(() => cityOptionText(locale), [locale]);
  const filter = useMemo(() => ({ side }), [side]);
  return (
    <ReferenceInput source={source} reference="cities" filter={filter} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        optionText={optionText}
        helperText={side === 'us' ? 'resources.partnerships.helpers.cityUs' : 'resources.partnerships.helpers.cityAfrica'}
        filterToQuery={(q) => ({ q })}
        validate={required()}
      />
    </ReferenceInput>
  );
}
