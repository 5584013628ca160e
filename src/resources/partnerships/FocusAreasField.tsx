import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { FocusArea } from '../../domain';

/** The partnership's exchange areas as chips, in the user's language. */
export function FocusAreasField(_props: { source?: string }) {
  const record = useRecordContext<{ focusAreas?: FocusArea[] }>();
  const translate = useTranslate();
  const areas = record?.focusAreas ?? [];
  if (areas.length === 0) return <span>{translate('app.none')}</span>;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {areas.map((area) => (
        <Chip key={area} label={translate(`app.focusArea.${area}`)} size="small" variant="outlined" />
      ))}
    </Stack>
  );
}
