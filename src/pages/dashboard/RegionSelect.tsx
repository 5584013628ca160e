import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AU_REGIONS, isAuRegion, type AuRegion } from '../../domain';

interface RegionSelectProps {
  value: AuRegion | null;
  onChange: (region: AuRegion | null) => void;
}

const ALL = 'all';

/** Narrows every figure of the dashboard to one AU region, or shows all of Africa. */
export function RegionSelect({ value, onChange }: RegionSelectProps) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate('dashboard.region.label')}
      value={value ?? ALL}
      onChange={(event) => onChange(isAuRegion(event.target.value) ? event.target.value : null)}
      sx={{ width: 240, flexShrink: 0, bgcolor: 'background.paper' }}
    >
      <MenuItem value={ALL}>{translate('dashboard.region.all')}</MenuItem>
      {AU_REGIONS.map((region) => (
        <MenuItem key={region} value={region}>
          {translate(`app.region.${region}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
