import {
  DateInput,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  useLocaleState,
} from 'react-admin';
import { AU_REGIONS, SIDES, US_REGIONS } from '../../domain';
import { choicesOf } from '../../lib/choices';
import { cityCountryChoices } from './places';
import { QuickFilter } from '../../components/QuickFilter';

const sideChoices = choicesOf('side', SIDES);
const regionChoices = choicesOf('region', [...AU_REGIONS, ...US_REGIONS]);

function CountryFilter({ source }: { source: string }) {
  const [locale] = useLocaleState();
  return <SelectInput source={source} choices={cityCountryChoices(locale)} translateChoice={false} />;
}

/** The list's filters; each key is allowed by LIST_SPECS.cities, so the API accepts it. */
export const cityFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="side" source="side" choices={sideChoices} />,
  <SelectInput key="region" source="region" choices={regionChoices} />,
  <CountryFilter key="country" source="country" />,
  <NullableBooleanInput key="sciMember" source="sciMember" />,
  <DateInput key="duesPaidThrough_gte" source="duesPaidThrough_gte" />,
  <DateInput key="duesPaidThrough_lte" source="duesPaidThrough_lte" />,
  // The work lists' filters (decision 023): shown, and removable, when a work list opens the list.
  <QuickFilter key="termEndsSoon" source="termEndsSoon" label="app.work.filters.termEndsSoon" defaultValue={true} />,
  <QuickFilter key="duesLapsed" source="duesLapsed" label="app.work.filters.duesLapsed" defaultValue={true} />,
  <SelectInput key="partnerRegion" source="partnerRegion" label="app.work.filters.partnerRegion" choices={choicesOf('region', AU_REGIONS)} />,
];
