import { SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { AU_REGIONS, INQUIRY_STATUSES, SIDES, US_REGIONS } from '../../domain';
import { choicesOf } from '../../lib/choices';

/** What a triage list opens on: the inquiries someone still has to handle, newest first. */
export const OPEN_STATUSES = ['new', 'contacted'] as const;

/** The list's filters; every key is one the API's list contract (DIRECTORY_LIST_SPECS.inquiries) accepts. */
export const inquiryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choicesOf('inquiryStatus', INQUIRY_STATUSES)} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="side" source="side" choices={choicesOf('side', SIDES)} />,
  <SelectInput key="region" source="region" choices={choicesOf('region', [...AU_REGIONS, ...US_REGIONS])} />,
];
