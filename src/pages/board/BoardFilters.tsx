import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { AU_REGIONS, COHORTS, FOCUS_AREAS } from '../../domain';
import type { BoardFilter } from './useBoardFilter';

const STAFF = { role: ['staff', 'admin'] };
/** Typing settles for this long before the board asks again. */
const SEARCH_DELAY_MS = 400;

interface ChoiceFilterProps {
  label: string;
  value: unknown;
  choices: { id: string; name: string }[];
  onChange: (value: string | undefined) => void;
}

/** A select with "All" first: empty means no condition. */
function ChoiceFilter({ label, value, choices, onChange }: ChoiceFilterProps) {
  const translate = useTranslate();
  return (
    <TextField select size="small" label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} sx={{ minWidth: 160 }}>
      <MenuItem value="">{translate('board.filters.all')}</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The text search, sent once typing settles. */
function SearchFilter({ value, onChange }: { value: string; onChange: (q: string | undefined) => void }) {
  const translate = useTranslate();
  const [text, setText] = useState(value);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  // A saved view or a link may change the search: the field follows.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  useEffect(() => {
    if (text === latest.current.value) return;
    const timer = setTimeout(() => latest.current.onChange(text || undefined), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return <TextField size="small" type="search" label={translate('board.filters.search')} value={text} onChange={(event) => setText(event.target.value)} />;
}

interface BoardFiltersProps {
  filter: BoardFilter;
  setFilter: (filter: BoardFilter) => void;
  /** Where a saved-views menu goes. */
  children?: ReactNode;
}

/** Region, owner, focus area, cohort and text: the board's filter, kept in the address. */
export function BoardFilters({ filter, setFilter, children }: BoardFiltersProps) {
  const translate = useTranslate();
  const { data: owners = [] } = useGetList<{ id: number; fullName: string }>('users', {
    filter: STAFF,
    sort: { field: 'fullName', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const set = (key: string) => (value: unknown) => setFilter({ ...filter, [key]: value });
  const labelled = (group: string, values: readonly string[]) => values.map((id) => ({ id, name: translate(`app.${group}.${id}`) }));
  return (
    <Box component="section" aria-label={translate('board.filters.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      <SearchFilter value={String(filter.q ?? '')} onChange={set('q')} />
      <ChoiceFilter label={translate('board.filters.region')} value={filter.region} choices={labelled('region', AU_REGIONS)} onChange={set('region')} />
      <ChoiceFilter
        label={translate('board.filters.owner')}
        value={filter.ownerId === undefined ? undefined : String(filter.ownerId)}
        choices={owners.map((owner) => ({ id: String(owner.id), name: owner.fullName }))}
        onChange={(value) => set('ownerId')(value ? Number(value) : undefined)}
      />
      <ChoiceFilter label={translate('board.filters.focusArea')} value={filter.focusAreas} choices={labelled('focusArea', FOCUS_AREAS)} onChange={set('focusAreas')} />
      <ChoiceFilter label={translate('board.filters.cohort')} value={filter.cohort} choices={labelled('cohort', COHORTS)} onChange={set('cohort')} />
      {children}
    </Box>
  );
}
