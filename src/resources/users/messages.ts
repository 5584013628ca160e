const en = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        email: 'Email',
        fullName: 'Full name',
        role: 'Role',
        region: 'Region',
        disabled: 'Disabled',
        password: 'Password',
        q: 'Search',
      },
      helper: {
        password: 'At least 12 characters. Send it to the person by a separate channel.',
        newPassword: 'Leave blank to keep the current password.',
        region: 'The AU region this coordinator looks after',
        disabled: 'A disabled user cannot sign in; their sessions end at once.',
      },
      newPassword: 'New password',
    },
  },
};

const fr: typeof en = {
  resources: {
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        id: 'ID',
        email: 'E-mail',
        fullName: 'Nom complet',
        role: 'Rôle',
        region: 'Région',
        disabled: 'Désactivé',
        password: 'Mot de passe',
        q: 'Rechercher',
      },
      helper: {
        password: 'Au moins 12 caractères. Transmettez-le à la personne par un autre canal.',
        newPassword: 'Laissez vide pour garder le mot de passe actuel.',
        region: 'La région de l’UA que suit ce coordinateur',
        disabled: 'Un utilisateur désactivé ne peut plus se connecter ; ses sessions prennent fin aussitôt.',
      },
      newPassword: 'Nouveau mot de passe',
    },
  },
};

/** Labels of the users resource, English and French (same keys in both). */
export const messages = { en, fr };
