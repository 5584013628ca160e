import { Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { usStateName, type Partnership } from '../../domain';
import { CityLink } from './CityLink';
import { StalledMarker } from './StalledMarker';
import { StageChip } from '../../components/StageChip';
import { countryName } from '../../lib/countries';
import { useOwnPageHeading } from '../../components/PageHeading';

/** The two cities, where they are, and where the partnership stands. */
export function PartnershipHeader() {
  const record = useRecordContext<Partnership>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useOwnPageHeading();
  if (!record) return null;
  const africanPlace = [countryName(record.country, locale), translate(`app.region.${record.region}`)];
  const usPlace = [usStateName(record.usState) ?? record.usState, record.usRegion ? translate(`app.region.${record.usRegion}`) : null];
  return (
    <Stack spacing={1}>
      <Typography variant="h5" component="h1">
        <CityLink idSource="africanCityId" nameSource="africanCityName" />
        {' ↔ '}
        <CityLink idSource="usCityId" nameSource="usCityName" />
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {africanPlace.filter(Boolean).join(' · ')}
        {' ↔ '}
        {usPlace.filter(Boolean).join(' · ')}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="center">
        <StageChip size="medium" />
        <StalledMarker />
      </Stack>
    </Stack>
  );
}
