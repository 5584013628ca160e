import { useMemo } from 'react';
import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { AU_REGIONS, COHORTS, FOCUS_AREAS, PARTNERSHIP_KINDS, STAGES } from '../../domain';
import { choicesOf } from '../../lib/choices';
import { auCountryChoices } from '../../lib/countries';

/** A filter that is on or off: shown as a chip when on (the filter menu turns it on). */
function QuickFilter({ label }: { label: string; source: string; defaultValue: unknown }) {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1.5 }} label={translate(label)} />;
}

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
    <SelectInput key="cohort" source="cohort" choices={choicesOf('cohort', COHORTS)} />,
    <SelectInput key="kind" source="kind" choices={choicesOf('kind', PARTNERSHIP_KINDS)} />,
    <SelectArrayInput key="focusAreas" source="focusAreas" choices={choicesOf('focusArea', FOCUS_AREAS)} />,
    <AutocompleteInput key="country" source="country" choices={countries} translateChoice={false} />,
    <DateInput key="signedAt_gte" source="signedAt_gte" />,
    <DateInput key="signedAt_lte" source="signedAt_lte" />,
  ];
}
