import type { ReactElement } from 'react';
import { Box } from '@mui/material';
import { FilterForm } from 'react-admin';
import { FilterDrawer } from './FilterDrawer';
import type { FilterElement } from './DrawerFilterInput';
import { useIsPhone } from './useIsPhone';

/** The full-text search: the one filter that stays in the toolbar on a phone. */
const isSearch = (filter: FilterElement) => filter.props.source === 'q';

/**
 * The toolbar of a list on a phone: the search box if the list has one, and a Filters button
 * that opens every other filter in a drawer (the inputs side by side would not fit).
 */
export function PhoneFilterBar({ filters }: { filters: FilterElement[] }) {
  const search = filters.filter(isSearch);
  const others = filters.filter((filter) => !isSearch(filter));
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: '100%', px: 1, boxSizing: 'border-box' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>{search.length > 0 && <FilterForm filters={search} />}</Box>
      {others.length > 0 && <FilterDrawer filters={others} />}
    </Box>
  );
}

/**
 * What a list passes as its `filters`: the inputs themselves on a wide screen, the phone's
 * search-and-drawer bar under the `sm` breakpoint (react-admin renders an element in their place).
 */
export function useResponsiveFilters(filters: ReactElement[]): ReactElement | ReactElement[] {
  const isPhone = useIsPhone();
  return isPhone ? <PhoneFilterBar filters={filters as FilterElement[]} /> : filters;
}
