import { Card, CardContent, Stack } from '@mui/material';
import { Form, HttpError, PasswordInput, SaveButton, Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { passwordSchema } from '../../domain';
import { validationKeyOf } from '../../domain/validationKey';
import { API_URL, httpClient } from '../../providers/dataProvider';

type Values = { currentPassword?: string; password?: string; confirmPassword?: string };

/** Same rules as the API: the current password is given, the new one passes passwordSchema. */
function validate(values: Values) {
  const errors: Record<string, string> = {};
  if (!values.currentPassword) errors.currentPassword = 'app.validation.required';
  const password = passwordSchema.safeParse(values.password ?? undefined);
  if (!password.success) errors.password = validationKeyOf(password.error.issues[0]!);
  else if (values.confirmPassword !== values.password) errors.confirmPassword = 'app.account.passwordsDiffer';
  return errors;
}

/** Every user's own password (POST /api/auth/password); the API ends their other sessions. */
export function ChangePasswordPage() {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();

  const submit = async (values: Values) => {
    try {
      await httpClient(`${API_URL}/auth/password`, {
        method: 'POST',
        headers: new Headers({ Accept: 'application/json', 'Content-Type': 'application/json' }),
        body: JSON.stringify({ currentPassword: values.currentPassword, password: values.password }),
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const fieldErrors = (error.body as { errors?: Record<string, string> } | undefined)?.errors;
      if (fieldErrors) return fieldErrors;
      // A wrong current password belongs next to that field, whatever status carries it.
      if (error.message === 'app.auth.wrongPassword') return { currentPassword: error.message };
      notify(error.message, { type: 'error' });
      return undefined;
    }
    notify('app.account.passwordChanged', { type: 'success' });
    redirect('/');
    return undefined;
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title={translate('app.account.changePassword')} />
      <Form onSubmit={submit} validate={validate} noValidate>
        <CardContent>
          <Stack>
            <PasswordInput source="currentPassword" label="app.account.currentPassword" autoComplete="current-password" fullWidth />
            <PasswordInput source="password" label="app.account.newPassword" autoComplete="new-password" fullWidth />
            <PasswordInput source="confirmPassword" label="app.account.confirmPassword" autoComplete="new-password" fullWidth />
            <SaveButton label="app.account.save" alwaysEnable />
          </Stack>
        </CardContent>
      </Form>
    </Card>
  );
}
