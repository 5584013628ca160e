import { SelectArrayInput, DateInput, NumberInput, SearchInput, SelectInput } from 'react-admin';
import { PROGRAM_KINDS, PROGRAM_STATUSES } from '../../domain/program';
import { FOCUS_AREAS } from '../../domain/partnership';
import { choicesOf } from '../../lib/choices';
import { AU_REGIONS } from '../../domain';
import { CityFilterInput, PartnershipFilterInput } from '../../components/LinkInputs';

/** The list's filters; every key is one the API's list contract (LIST_SPECS.programs) accepts. */
export const programFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choicesOf('programKind', PROGRAM_KINDS)} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf('programStatus', PROGRAM_STATUSES)} alwaysOn />,
  <NumberInput key="cycleYear" source="cycleYear" min={2000} max={2100} step={1} />,
  <SelectInput key="focusArea" source="focusArea" choices={choicesOf('focusArea', FOCUS_AREAS)} />,
  <DateInput key="deadline_gte" source="deadline_gte" />,
  <DateInput key="deadline_lte" source="deadline_lte" />,
  <PartnershipFilterInput key="partnershipIds" source="partnershipIds" label="resources.programs.fields.partnershipIds" />,
  <CityFilterInput key="cityIds" source="cityIds" label="resources.programs.fields.cityIds" />,
  // The AU regions the record touches (derived by the API).
  <SelectArrayInput key="regions" source="regions" choices={choicesOf('region', AU_REGIONS)} />,
];
