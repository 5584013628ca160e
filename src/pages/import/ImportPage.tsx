import { Button, Card, CardContent, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { DryRunReport } from './DryRunReport';
import { FileStep } from './FileStep';
import type { Duplicates } from './importApi';
import { ImportOutcome } from './ImportOutcome';
import { MappingStep } from './MappingStep';
import { useImportFlow } from './useImportFlow';

/** Import of cities or partnerships from a CSV or XLSX file: upload, map, check, import, undo. */
export default function ImportPage() {
  const translate = useTranslate();
  const flow = useImportFlow();
  const importing = flow.progress !== null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.import.title')} />
      <CardContent>
        <Stack spacing={3}>
          {flow.result ? (
            <ImportOutcome resource={flow.resource} progress={flow.progress} result={flow.result} undone={flow.undone} onUndo={flow.undo} onAgain={flow.startAgain} />
          ) : (
            <>
              <FileStep resource={flow.resource} onResource={flow.chooseResource} file={flow.file} onFile={flow.chooseFile} />
              {flow.headers && <MappingStep resource={flow.resource} headers={flow.headers} mapping={flow.mapping} onChange={flow.setMapping} />}
              {flow.headers && (
                <FormControl>
                  <FormLabel id="import-duplicates">{translate('app.import.duplicates')}</FormLabel>
                  <RadioGroup row aria-labelledby="import-duplicates" value={flow.duplicates} onChange={(event) => flow.setDuplicates(event.target.value as Duplicates)}>
                    <FormControlLabel value="skip" control={<Radio />} label={translate('app.import.skip')} />
                    <FormControlLabel value="update" control={<Radio />} label={translate('app.import.update')} />
                  </RadioGroup>
                </FormControl>
              )}
              {flow.headers && (
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                  <Button variant="outlined" disabled={flow.busy} onClick={flow.dryRun}>
                    {translate(flow.busy && !importing ? 'app.import.checking' : 'app.import.dryRun')}
                  </Button>
                  <Button variant="contained" disabled={flow.busy || !flow.check} onClick={flow.run}>
                    {translate(importing ? 'app.import.running' : 'app.import.run')}
                  </Button>
                </Stack>
              )}
              <ImportOutcome resource={flow.resource} progress={flow.progress} result={null} undone={null} onUndo={flow.undo} onAgain={flow.startAgain} />
              {flow.check && <DryRunReport resource={flow.resource} totals={flow.check.totals} report={flow.check.report} />}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
