import { Alert, AlertTitle, Button } from '@mui/material';
import { HttpError, useTranslate } from 'react-admin';

interface DashboardErrorProps {
  error: Error;
  onRetry: () => void;
}

/** Says the figures are missing and why in plain words (never the server's internals), with a way to try again. */
export function DashboardError({ error, onRetry }: DashboardErrorProps) {
  const translate = useTranslate();
  const unreachable = error instanceof HttpError && error.status === 0;
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        <Button color="inherit" onClick={onRetry}>
          {translate('dashboard.error.retry')}
        </Button>
      }
      sx={{ bgcolor: 'background.paper' }}
    >
      <AlertTitle>{translate('dashboard.error.title')}</AlertTitle>
      {translate(unreachable ? 'app.error.network' : 'app.error.server')}
    </Alert>
  );
}
