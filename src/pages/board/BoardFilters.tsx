import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Button, Drawer, MenuItem, Stack, TextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import FilterListIcon from '@mui/icons-material/FilterList';
import { useGetList, useTranslate } from 'react-admin';
import { AU_REGIONS, COHORTS, FOCUS_AREAS } from '../../domain';
import type { BoardFilter } from './useBoardFilter';

const STAFF = { role: ['staff', 'admin'] };
/** Typing settles for this long before the board asks again. */
const SEARCH_DELAY_MS = 400;

interface ChoiceFilterProps {
  label: string;
  fullWidth?: boolean;
  value: unknown;
  choices: { id: string; name: string }[];
  onChange: (value: string | undefined) => void;
}

/** A select with "All" first: empty means no condition. */
function ChoiceFilter({ label, value, choices, onChange, fullWidth = false }: ChoiceFilterProps) {
  const translate = useTranslate();
  return (
    <TextField select size="small" fullWidth={fullWidth} label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} sx={{ minWidth: 160 }}>
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
  return <TextField size="small" fullWidth={false} sx={{ minWidth: 200 }} type="search" label={translate('board.filters.search')} value={text} onChange={(event) => setText(event.target.value)} />;
}

interface BoardFiltersProps {
  filter: BoardFilter;
  setFilter: (filter: BoardFilter) => void;
  /** Where a saved-views menu goes. */
  children?: ReactNode;
}

/** On a phone the choices wait in a drawer behind a Filters button, so the board shows at once. */
function PhoneDrawer({ active, onClear, children }: { active: number; onClear: () => void; children: ReactNode }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} startIcon={<FilterListIcon />} aria-haspopup="dialog" aria-expanded={open}>
        {active > 0 ? translate('app.responsive.filtersActive', { count: active }) : translate('app.responsive.filters')}
      </Button>
      <Drawer anchor="bottom" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-label': translate('board.filters.drawerTitle'), sx: { p: 2 } } }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('board.filters.drawerTitle')}
        </Typography>
        <Stack spacing={1.5}>{children}</Stack>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', pt: 2 }}>
          <Button onClick={onClear} disabled={active === 0}>
            {translate('app.responsive.clear')}
          </Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            {translate('app.responsive.close')}
          </Button>
        </Box>
      </Drawer>
    </>
  );
}

const CHOICE_KEYS = ['region', 'ownerId', 'focusAreas', 'cohort'] as const;

/**
 * Region, owner, focus area, cohort and text: the board's filter, kept in the address. The
 * fields sit side by side (the theme makes text fields full width); on a phone the choices
 * open in a drawer.
 */
export function BoardFilters({ filter, setFilter, children }: BoardFiltersProps) {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { data: owners = [] } = useGetList<{ id: number; fullName: string }>('users', {
    filter: STAFF,
    sort: { field: 'fullName', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const set = (key: string) => (value: unknown) => setFilter({ ...filter, [key]: value });
  const labelled = (group: string, values: readonly string[]) => values.map((id) => ({ id, name: translate(`app.${group}.${id}`) }));
  const choices = [
    <ChoiceFilter key="region" fullWidth={phone} label={translate('board.filters.region')} value={filter.region} choices={labelled('region', AU_REGIONS)} onChange={set('region')} />,
    <ChoiceFilter
      key="owner"
      fullWidth={phone}
      label={translate('board.filters.owner')}
      value={filter.ownerId === undefined ? undefined : String(filter.ownerId)}
      choices={owners.map((owner) => ({ id: String(owner.id), name: owner.fullName }))}
      onChange={(value) => set('ownerId')(value ? Number(value) : undefined)}
    />,
    <ChoiceFilter key="focusAreas" fullWidth={phone} label={translate('board.filters.focusArea')} value={filter.focusAreas} choices={labelled('focusArea', FOCUS_AREAS)} onChange={set('focusAreas')} />,
    <ChoiceFilter key="cohort" fullWidth={phone} label={translate('board.filters.cohort')} value={filter.cohort} choices={labelled('cohort', COHORTS)} onChange={set('cohort')} />,
  ];
  const active = CHOICE_KEYS.filter((key) => filter[key] !== undefined).length;
  const clear = () => setFilter(Object.fromEntries(Object.entries(filter).filter(([key]) => !(CHOICE_KEYS as readonly string[]).includes(key))));
  return (
    <Box component="section" aria-label={translate('board.filters.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      <SearchFilter value={String(filter.q ?? '')} onChange={set('q')} />
      {phone ? (
        <PhoneDrawer active={active} onClear={clear}>
          {choices}
        </PhoneDrawer>
      ) : (
        choices
      )}
      {children}
    </Box>
  );
}
