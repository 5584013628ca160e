import { Button, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Importable } from './importApi';

interface Props {
  resource: Importable;
  onResource: (resource: Importable) => void;
  file: File | null;
  onFile: (file: File) => void;
}

/** What the file holds, and the file itself. */
export function FileStep({ resource, onResource, file, onFile }: Props) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id="import-resource">{translate('app.import.resource')}</FormLabel>
        <RadioGroup row aria-labelledby="import-resource" value={resource} onChange={(event) => onResource(event.target.value as Importable)}>
          <FormControlLabel value="cities" control={<Radio />} label={translate('resources.cities.name', { smart_count: 2 })} />
          <FormControlLabel value="partnerships" control={<Radio />} label={translate('resources.partnerships.name', { smart_count: 2 })} />
        </RadioGroup>
      </FormControl>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap">
        <Button variant="outlined" component="label">
          {translate('app.import.chooseFile')}
          <input
            hidden
            type="file"
            aria-label={translate('app.import.file')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => event.target.files?.[0] && onFile(event.target.files[0])}
          />
        </Button>
        {file && <Typography>{file.name}</Typography>}
      </Stack>
    </Stack>
  );
}
