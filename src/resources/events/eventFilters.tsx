import { SelectArrayInput, DateInput, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { EVENT_TYPES } from '../../domain/event';
import { FOCUS_AREAS } from '../../domain/partnership';
import { choicesOf } from '../../lib/choices';
import { AU_REGIONS } from '../../domain';
import { CityFilterInput, PartnershipFilterInput } from '../../components/LinkInputs';

/** The list's filters; every key is one the API's list contract (LIST_SPECS.events) accepts. */
export const eventFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={choicesOf('eventType', EVENT_TYPES)} alwaysOn />,
  <SelectInput key="focusArea" source="focusArea" choices={choicesOf('focusArea', FOCUS_AREAS)} />,
  <NullableBooleanInput key="virtual" source="virtual" />,
  <DateInput key="startsAt_gte" source="startsAt_gte" />,
  <DateInput key="startsAt_lte" source="startsAt_lte" />,
  <PartnershipFilterInput key="partnershipIds" source="partnershipIds" label="resources.events.fields.partnershipIds" />,
  <CityFilterInput key="cityId" source="cityId" label="resources.events.fields.cityId" />,
  // The AU regions the record touches (derived by the API).
  <SelectArrayInput key="regions" source="regions" choices={choicesOf('region', AU_REGIONS)} />,
];
