import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A filter that is on or off: shown as a chip when on (the filter menu turns it on with `defaultValue`). */
export function QuickFilter({ label }: { label: string; source: string; defaultValue: unknown }) {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1.5 }} label={translate(label)} />;
}
