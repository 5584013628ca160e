import { Alert, Button, LinearProgress, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportResult, Importable } from './importApi';
import { download, reportCsv } from './reportCsv';

interface Props {
  resource: Importable;
  progress: number | null;
  result: ImportResult | null;
  undone: number | null;
  onUndo: () => void;
  onAgain: () => void;
}

/** The import as it runs (a progress bar), then what it did: the report to download, and its undo. */
export function ImportOutcome({ resource, progress, result, undone, onUndo, onAgain }: Props) {
  const translate = useTranslate();
  if (!result) {
    return progress === null ? null : <LinearProgress variant="determinate" value={Math.round(progress * 100)} aria-label={translate('app.import.progress')} />;
  }
  return (
    <Stack spacing={2}>
      <Alert severity="success">
        {undone === null ? translate('app.import.done', result.totals) : translate('app.import.undone', { smart_count: undone })}
      </Alert>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button variant="outlined" onClick={() => download(reportCsv(resource, result.report, translate), `import-${result.id}-report.csv`)}>
          {translate('app.import.download')}
        </Button>
        {undone === null && (
          <Button variant="outlined" color="warning" onClick={onUndo}>
            {translate('app.import.undo')}
          </Button>
        )}
        <Button onClick={onAgain}>{translate('app.import.another')}</Button>
      </Stack>
    </Stack>
  );
}
