import { useListContext } from 'react-admin';
import type { SavedViewTarget, Sort } from '../../domain';
import { SavedViewsMenu } from './SavedViewsMenu';

/**
 * The saved views of the list around it: saves the list's filter and sort, and applies a view
 * through the list's own state (so the URL, the rows and the count follow). Any react-admin
 * List can put it among its actions.
 */
export function ListSavedViews({ target }: { target?: SavedViewTarget }) {
  const { resource, filterValues, sort, setFilters, setSort } = useListContext();
  const apply = (filter: Record<string, unknown>, viewSort: Sort | null) => {
    // Every field of the view shows its filter input, so the user sees what is applied.
    setFilters(filter, Object.fromEntries(Object.keys(filter).map((key) => [key, true])));
    if (viewSort) setSort(viewSort);
  };
  return <SavedViewsMenu target={target ?? (resource as SavedViewTarget)} filter={filterValues} sort={sort} onApply={apply} />;
}
