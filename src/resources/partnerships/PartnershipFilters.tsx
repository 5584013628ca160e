import { useMemo } from 'react';
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  useLocaleState,
} from 'react-admin';
import { AU_REGIONS, COHORTS, DUE_STATES, FOCUS_AREAS, PARTNERSHIP_KINDS, STAGES } from '../../domain';
import { choicesOf } from '../../lib/choices';
import { auCountryChoices } from '../../lib/countries';
import { QuickFilter } from '../../components/QuickFilter';

/**
 * The list's filters. Every source is a filter key of LIST_SPECS.partnerships: the API
 * refuses any other with a 400.
 */
export function usePartnershipFilters() {
  const [locale] = useLocaleState();
  const countries = useMemo(() => auCountryChoices(locale), [locale]);
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="stage" source="stage" choices={choicesOf('stage', STAGES)} alwaysOn />,
    <SelectInput key="region" source="region" choices={choicesOf('region', AU_REGIONS)} alwaysOn />,
    <QuickFilter
      key="stalled"
      source="stalled"
      label="resources.partnerships.filters.stalledOnly"
      defaultValue={true}
    />,
    // The dashboard's counted set as a list: what its "Partnerships counted" card opens.
    <QuickFilter key="counted" source="counted" label="resources.partnerships.filters.countedOnly" defaultValue={true} />,
    // The work lists' filters (decision 023): shown, and removable, when a work list opens the list.
    <SelectInput key="due" source="due" label="app.work.filters.due" choices={choicesOf('work.filters.dueState', DUE_STATES)} />,
    <QuickFilter key="open" source="open" label="app.work.filters.openOnly" defaultValue={true} />,
    <ReferenceInput key="ownerId" source="ownerId" reference="users">
      <AutocompleteInput optionText="fullName" />
    </ReferenceInput>,
    <SelectInput key="cohort" source="cohort" choices={choicesOf('cohort', COHORTS)} />,
    <SelectInput key="kind" source="kind" choices={choicesOf('kind', PARTNERSHIP_KINDS)} />,
    <SelectArrayInput key="focusAreas" source="focusAreas" choices={choicesOf('focusArea', FOCUS_AREAS)} />,
    <AutocompleteInput key="country" source="country" choices={countries} translateChoice={false} />,
    <DateInput key="signedAt_gte" source="signedAt_gte" />,
    <DateInput key="signedAt_lte" source="signedAt_lte" />,
  ];
}
