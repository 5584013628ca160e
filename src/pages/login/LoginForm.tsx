import { useEffect, useState } from 'react';
import { Alert, Button, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { Form, HttpError, PasswordInput, TextInput, useLogin, useTranslate } from 'react-admin';

// The rules come with zod, which the sign-in page need not wait for: they load once the form shows.
const loadRules = () => import('./loginRules');
const validate = async (values: Record<string, unknown>) => (await loadRules()).validateLogin(values);

interface Refusal {
  message: string;
  retryAfter?: number;
}

/** What the API said, in words the page can show: a message key and, after a 429, the wait. */
function refusalOf(error: unknown): Refusal {
  if (error instanceof HttpError) {
    const retryAfter = (error.body as { retryAfter?: number } | undefined)?.retryAfter;
    return { message: error.message, retryAfter };
  }
  return { message: 'app.error.server' };
}

/** Email and password; a refused sign-in says why (wrong credentials, too many tries, offline). */
export function LoginForm() {
  const login = useLogin();
  const translate = useTranslate();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => void loadRules(), []);

  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    setRefusal(null);
    try {
      await login({ email: values.email, password: values.password });
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} validate={validate} noValidate>
      <CardContent sx={{ width: 340, maxWidth: '100%' }}>
        <Stack spacing={1}>
          {/* The page's one level-one heading: the product's name, under react-admin's lock. */}
          <Typography variant="h6" component="h1" align="center">
            {translate('app.title')}
          </Typography>
          {refusal && (
            <Alert severity="error" role="alert">
              {translate(refusal.message, { _: translate('app.error.server') })}
              {refusal.retryAfter ? ` ${translate('app.auth.retryIn', { seconds: refusal.retryAfter })}` : ''}
            </Alert>
          )}
          <TextInput source="email" label="app.auth.email" type="email" autoComplete="username" fullWidth />
          <PasswordInput source="password" label="app.auth.password" autoComplete="current-password" fullWidth />
          <Button type="submit" variant="contained" disabled={pending} startIcon={pending ? <CircularProgress size={18} /> : null}>
            {translate(pending ? 'app.auth.signingIn' : 'app.auth.signIn')}
          </Button>
        </Stack>
      </CardContent>
    </Form>
  );
}
