import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { countryName } from '../../lib/countries';
import { admin1Name } from './places';
import { useSameCity } from './useSameCity';

/**
 * "Bozeman, Montana is already recorded — open it": shown while the form describes a city
 * already recorded, offering it instead of a second record.
 */
export function SameCityNotice() {
  const city = useSameCity();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  if (!city) return null;
  const place = city.country === 'US' ? admin1Name(city.country, city.admin1) : countryName(city.country, locale);
  return (
    <Alert severity="warning" sx={{ width: '100%', mb: 2 }}>
      {translate('resources.cities.duplicate.notice', { name: city.name, place })}{' '}
      <Link to={createPath({ resource: 'cities', id: city.id, type: 'show' })}>{translate('resources.cities.duplicate.open')}</Link>
    </Alert>
  );
}
