/**
 * Sign-in, roles, the user's account and the audit history (docs/decisions/011), in English
 * (src/i18n/locales holds the other languages). The `app.auth.*` and two `app.validation.*` keys are the messages the API answers with.
 */
const en = {
  app: {
    auth: {
      signIn: 'Sign in',
      signingIn: 'Signing in…',
      email: 'Email',
      password: 'Password',
      invalid: 'Wrong email or password',
      required: 'Please sign in to continue',
      forbidden: 'Your role does not allow this',
      tooManyAttempts: 'Too many attempts: wait a moment before trying again',
      retryIn: 'You can try again in %{seconds} s.',
      wrongPassword: 'Your current password is not right',
      readOnly: 'Your role can read this record but not change it.',
      demoTitle: 'Demo accounts',
      demoPassword: 'Every demo account uses the password %{password}',
    },
    role: {
      admin: 'Administrator',
      staff: 'Staff',
      coordinator: 'Regional coordinator',
      leadership: 'Leadership',
    },
    account: {
      signedInAs: '%{role} · %{region}',
      changePassword: 'Change my password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'New password again',
      passwordsDiffer: 'The two new passwords differ',
      passwordChanged: 'Your password is changed. Your other sessions are signed out.',
      save: 'Change password',
    },
    history: {
      title: 'History',
      empty: 'No change recorded yet',
      by: '%{when} · %{who}',
      changes: 'Changes',
    },
    audit: {
      action: { create: 'Created', update: 'Changed', delete: 'Deleted' },
      secret: 'changed (not shown)',
    },
    validation: {
      notYourself: 'You cannot do this to your own account',
      emailTaken: 'Another user already has this email',
    },
  },
};

export const messages = { en };
