import { Chip, Tooltip } from '@mui/material';
import HourglassIcon from '@mui/icons-material/HourglassBottom';
import { useRecordContext, useTranslate } from 'react-admin';

/** Marks a partnership the API found stalled: quiet for longer than its stage allows. */
export function StalledMarker(_props: { source?: string }) {
  const record = useRecordContext<{ stalled?: boolean }>();
  const translate = useTranslate();
  if (!record?.stalled) return null;
  return (
    <Tooltip title={translate('resources.partnerships.stalled.explanation')}>
      <Chip
        icon={<HourglassIcon />}
        label={translate('resources.partnerships.stalled.label')}
        color="warning"
        variant="outlined"
        size="small"
      />
    </Tooltip>
  );
}
