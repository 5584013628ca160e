const en = {
  resources: {
    audit: {
      name: 'Audit log |||| Audit log',
      fields: {
        at: 'When',
        userName: 'Who',
        userId: 'User',
        action: 'Action',
        resource: 'Record type',
        recordId: 'Record',
        changes: 'Changes',
      },
    },
  },
};

const fr: typeof en = {
  resources: {
    audit: {
      name: 'Journal d’audit |||| Journal d’audit',
      fields: {
        at: 'Quand',
        userName: 'Qui',
        userId: 'Utilisateur',
        action: 'Action',
        resource: 'Type de fiche',
        recordId: 'Fiche',
        changes: 'Modifications',
      },
    },
  },
};

/** Labels of the audit log, English and French (same keys in both). */
export const messages = { en, fr };
