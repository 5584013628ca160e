import { useState } from 'react';
import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AU_REGIONS, COHORTS, FOCUS_AREAS, STAGES } from '../../domain';
import type { MapFilter } from './useMapFilter';

interface ChoiceProps {
  label: string;
  value: string | undefined;
  choices: { id: string; name: string }[];
  onChange: (value: string) => void;
}

/** A select with "All" first: empty means no condition. */
function Choice({ label, value, choices, onChange }: ChoiceProps) {
  const translate = useTranslate();
  return (
    <TextField select size="small" fullWidth={false} label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value)} sx={{ minWidth: 150, flex: { xs: '1 1 40%', sm: '0 0 auto' } }}>
      <MenuItem value="">{translate('map.filters.all')}</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The text search, sent on Enter or when the field is left, so the map is not redrawn at each keystroke. */
function Search({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const translate = useTranslate();
  const [text, setText] = useState(value);
  const send = () => text.trim() !== value && onChange(text.trim());
  return (
    <Box component="form" onSubmit={(event) => (event.preventDefault(), send())} sx={{ flex: { xs: '1 1 100%', sm: '0 0 auto' } }}>
      <TextField size="small" type="search" fullWidth label={translate('map.filters.search')} value={text} onChange={(event) => setText(event.target.value)} onBlur={send} />
    </Box>
  );
}

/** Region, stage, cohort, focus area and text: the partnership list's filters, for the map. */
export function MapFilters({ filter, setFilter }: { filter: MapFilter; setFilter: (filter: MapFilter) => void }) {
  const translate = useTranslate();
  const set = (key: string) => (value: string) => setFilter({ ...filter, [key]: value });
  const labelled = (group: string, values: readonly string[]) => values.map((id) => ({ id, name: translate(`app.${group}.${id}`) }));
  return (
    <Box component="section" aria-label={translate('map.filters.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
      <Search value={filter.q ?? ''} onChange={set('q')} />
      <Choice label={translate('map.filters.region')} value={filter.region} choices={labelled('region', AU_REGIONS)} onChange={set('region')} />
      <Choice label={translate('map.filters.stage')} value={filter.stage} choices={labelled('stage', STAGES)} onChange={set('stage')} />
      <Choice label={translate('map.filters.cohort')} value={filter.cohort} choices={labelled('cohort', COHORTS)} onChange={set('cohort')} />
      <Choice label={translate('map.filters.focusArea')} value={filter.focusAreas} choices={labelled('focusArea', FOCUS_AREAS)} onChange={set('focusAreas')} />
    </Box>
  );
}
