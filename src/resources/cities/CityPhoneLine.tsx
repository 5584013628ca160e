import { EnumField } from '../../components/fields';
import { PhoneLine } from '../../components/responsive/PhoneLine';
import { CountryField } from './cityFields';

/** A city on a phone, under its name: country and region. */
export const CityPhoneLine = () => (
  <PhoneLine>
    <CountryField source="country" />
    <EnumField source="region" group="region" />
  </PhoneLine>
);
