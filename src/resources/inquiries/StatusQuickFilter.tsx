import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { OPEN_STATUSES } from './inquiryFilters';

const VIEWS = { open: OPEN_STATUSES, new: ['new'], all: [] } as const satisfies Record<string, readonly string[]>;
type View = keyof typeof VIEWS;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/** The quick view the status filter amounts to, if it is one of them. */
export function viewOf(status: unknown): View | null {
  const statuses = status === undefined ? [] : Array.isArray(status) ? (status as string[]) : [String(status)];
  return (Object.keys(VIEWS) as View[]).find((view) => sameSet(VIEWS[view], statuses)) ?? null;
}

/** One press for the usual views of the triage: still to handle (the default), only the new ones, all. */
export function StatusQuickFilter() {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const choose = (view: View | null) => {
    if (!view) return;
    const { status: _status, ...others } = filterValues as Record<string, unknown>;
    setFilters(view === 'all' ? others : { ...others, status: [...VIEWS[view]] }, displayedFilters);
  };
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={viewOf(filterValues.status)}
      onChange={(_event, view: View | null) => choose(view)}
      aria-label={translate('resources.inquiries.quick.label')}
    >
      {(Object.keys(VIEWS) as View[]).map((view) => (
        <ToggleButton key={view} value={view}>
          {translate(`resources.inquiries.quick.${view}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
