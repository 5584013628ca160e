/**
 * Sign-in, roles, the user's account and the audit history (docs/decisions/011), English and
 * French. The `app.auth.*` and two `app.validation.*` keys are the messages the API answers with.
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

const fr: typeof en = {
  app: {
    auth: {
      signIn: 'Se connecter',
      signingIn: 'Connexion…',
      email: 'E-mail',
      password: 'Mot de passe',
      invalid: 'E-mail ou mot de passe incorrect',
      required: 'Connectez-vous pour continuer',
      forbidden: 'Votre rôle ne permet pas cette action',
      tooManyAttempts: 'Trop de tentatives : patientez un instant avant de réessayer',
      retryIn: 'Vous pourrez réessayer dans %{seconds} s.',
      wrongPassword: 'Votre mot de passe actuel est incorrect',
      readOnly: 'Votre rôle permet de consulter cette fiche, pas de la modifier.',
      demoTitle: 'Comptes de démonstration',
      demoPassword: 'Tous les comptes de démonstration ont le mot de passe %{password}',
    },
    role: {
      admin: 'Administrateur',
      staff: 'Équipe',
      coordinator: 'Coordinateur régional',
      leadership: 'Direction',
    },
    account: {
      signedInAs: '%{role} · %{region}',
      changePassword: 'Changer mon mot de passe',
      currentPassword: 'Mot de passe actuel',
      newPassword: 'Nouveau mot de passe',
      confirmPassword: 'Nouveau mot de passe (confirmation)',
      passwordsDiffer: 'Les deux nouveaux mots de passe diffèrent',
      passwordChanged: 'Votre mot de passe est changé. Vos autres sessions sont déconnectées.',
      save: 'Changer le mot de passe',
    },
    history: {
      title: 'Historique',
      empty: 'Aucune modification enregistrée',
      by: '%{when} · %{who}',
      changes: 'Modifications',
    },
    audit: {
      action: { create: 'Création', update: 'Modification', delete: 'Suppression' },
      secret: 'modifié (non affiché)',
    },
    validation: {
      notYourself: 'Impossible sur votre propre compte',
      emailTaken: 'Un autre utilisateur a déjà cet e-mail',
    },
  },
};

export const messages = { en, fr };
