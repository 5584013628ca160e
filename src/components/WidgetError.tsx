import { Alert, AlertTitle, Button } from '@mui/material';
import { HttpError, useTranslate } from 'react-admin';

interface WidgetErrorProps {
  /** What is missing, already in the user's language. */
  title: string;
  error: Error;
  onRetry: () => void;
}

/**
 * One widget's failure, in plain words (never the server's internals), with a way to try
 * again: the widgets beside it keep their figures.
 */
export function WidgetError({ title, error, onRetry }: WidgetErrorProps) {
  const translate = useTranslate();
  const unreachable = error instanceof HttpError && error.status === 0;
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        <Button color="inherit" onClick={onRetry}>
          {translate('app.error.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {translate(unreachable ? 'app.error.network' : 'app.error.server')}
    </Alert>
  );
}
