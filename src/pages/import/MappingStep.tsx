import { Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { IMPORT_FIELDS } from '../../domain/importFields';
import type { Importable } from './importApi';
import { labelKey, type Mapping } from './mapping';

interface Props {
  resource: Importable;
  headers: readonly string[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

/** One select per field: the column of the file that fills it, or none. */
export function MappingStep({ resource, headers, mapping, onChange }: Props) {
  const translate = useTranslate();
  const choose = (field: string, header: string) => {
    const { [field]: _previous, ...others } = mapping;
    onChange(header ? { ...others, [field]: header } : others);
  };
  return (
    <Stack spacing={1}>
      <Typography variant="h6" component="h2">
        {translate('app.import.mapping')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.import.mappingHelp')}
      </Typography>
      <Stack direction="row" flexWrap="wrap" useFlexGap gap={2}>
        {Object.keys(IMPORT_FIELDS[resource]).map((field) => (
          <TextField
            key={field}
            select
            // The browser's own select: at hand by keyboard and on a phone.
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            size="small"
            sx={{ width: { xs: '100%', sm: 260 } }}
            label={translate(labelKey(resource, field))}
            value={mapping[field] ?? ''}
            onChange={(event) => choose(field, event.target.value)}
          >
            <option value="">{translate('app.import.notMapped')}</option>
            {headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </TextField>
        ))}
      </Stack>
    </Stack>
  );
}
