import { cloneElement, type ReactElement } from 'react';
import { FormControlLabel, Switch } from '@mui/material';
import { useListContext, useResourceContext, useTranslate } from 'react-admin';

export type FilterElement = ReactElement<{ source: string; label?: string; defaultValue?: unknown }>;

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Whether the list is filtered by this input now. */
export function isActive(filterValues: Record<string, unknown>, filter: FilterElement): boolean {
  return !isEmpty(filterValues[filter.props.source]);
}

/**
 * One filter in the drawer. A filter with a default value is an on/off switch (react-admin's
 * "add filter" menu turns it on with that value); any other is its own input, full width.
 */
export function DrawerFilterInput({ filter }: { filter: FilterElement }) {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const { source, label, defaultValue } = filter.props;
  if (defaultValue === undefined) {
    return cloneElement(filter as ReactElement<Record<string, unknown>>, { size: 'small', helperText: false, fullWidth: true });
  }
  const on = isActive(filterValues, filter);
  function toggle() {
    const next = { ...filterValues };
    if (on) delete next[source];
    else next[source] = defaultValue;
    setFilters(next, displayedFilters);
  }
  return <FormControlLabel control={<Switch checked={on} onChange={toggle} />} label={translate(label ?? `resources.${resource}.fields.${source}`)} />;
}
