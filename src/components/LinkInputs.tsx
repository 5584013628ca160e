import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
} from 'react-admin';
import { blankToNull } from '../lib/formValues';
import { cityLabel, partnershipPair, searchText } from '../lib/linkLabels';

/**
 * Inputs that link a record (an event, a program) to partnerships and cities. The caller
 * passes the label and the helper text: its own translation keys.
 */
interface LinkInputProps {
  source: string;
  label?: string;
  helperText?: string;
  alwaysOn?: boolean;
}

const byAfricanCity = { field: 'africanCityName', order: 'ASC' } as const;
const byName = { field: 'name', order: 'ASC' } as const;

/** Picks several partnerships, searched by either city's name. */
export const PartnershipsInput = ({ source, label, helperText }: LinkInputProps) => (
  <ReferenceArrayInput source={source} reference="partnerships" sort={byAfricanCity}>
    <AutocompleteArrayInput
      label={label}
      helperText={helperText}
      optionText={partnershipPair}
      filterToQuery={searchText}
      fullWidth
    />
  </ReferenceArrayInput>
);

/** Picks several cities, searched by name. */
export const CitiesInput = ({ source, label, helperText }: LinkInputProps) => (
  <ReferenceArrayInput source={source} reference="cities" sort={byName}>
    <AutocompleteArrayInput label={label} helperText={helperText} optionText={cityLabel} filterToQuery={searchText} fullWidth />
  </ReferenceArrayInput>
);

/** Picks one city, or none. */
export const CityInput = ({ source, label, helperText }: LinkInputProps) => (
  <ReferenceInput source={source} reference="cities" sort={byName}>
    <AutocompleteInput
      label={label}
      helperText={helperText}
      optionText={cityLabel}
      filterToQuery={searchText}
      parse={blankToNull}
      fullWidth
    />
  </ReferenceInput>
);

/** A list filter on one linked partnership. */
export const PartnershipFilterInput = ({ source, label, alwaysOn }: LinkInputProps) => (
  <ReferenceInput source={source} reference="partnerships" sort={byAfricanCity} alwaysOn={alwaysOn}>
    <AutocompleteInput label={label} optionText={partnershipPair} filterToQuery={searchText} sx={{ minWidth: 260 }} />
  </ReferenceInput>
);

/** A list filter on one city. */
export const CityFilterInput = ({ source, label, alwaysOn }: LinkInputProps) => (
  <ReferenceInput source={source} reference="cities" sort={byName} alwaysOn={alwaysOn}>
    <AutocompleteInput label={label} optionText={cityLabel} filterToQuery={searchText} sx={{ minWidth: 220 }} />
  </ReferenceInput>
);
