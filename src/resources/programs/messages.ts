const en = {
  resources: {
    programs: {
      name: 'Program |||| Programs',
      fields: {
        id: 'ID',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        kind: 'Program',
        title: 'Title',
        cycleYear: 'Cycle year',
        status: 'Status',
        partnershipIds: 'Partnerships',
        partnershipCount: 'Partnerships',
        cityIds: 'Cities',
        cityCount: 'Cities',
        focusArea: 'Focus area',
        adults: 'Adults',
        youth: 'Youth',
        participants: 'Participants',
        deadline: 'Application deadline',
        notes: 'Notes',
        q: 'Search',
        deadline_gte: 'Deadline on or after',
        deadline_lte: 'Deadline on or before',
      },
      helper: {
        deadline: 'Last day to apply, if the program takes applications',
        cityIds: 'Cities taking part without a partnership of their own, or in addition to it',
        counts:
          'Participants are often minors: enter how many took part, never names or other personal details.',
      },
    },
  },
};

const fr: typeof en = {
  resources: {
    programs: {
      name: 'Programme |||| Programmes',
      fields: {
        id: 'ID',
        version: 'Version',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
        kind: 'Programme',
        title: 'Titre',
        cycleYear: 'Année du cycle',
        status: 'Statut',
        partnershipIds: 'Partenariats',
        partnershipCount: 'Partenariats',
        cityIds: 'Villes',
        cityCount: 'Villes',
        focusArea: 'Domaine',
        adults: 'Adultes',
        youth: 'Jeunes',
        participants: 'Participants',
        deadline: 'Date limite de candidature',
        notes: 'Notes',
        q: 'Rechercher',
        deadline_gte: 'Date limite le ou après le',
        deadline_lte: 'Date limite le ou avant le',
      },
      helper: {
        deadline: 'Dernier jour pour candidater, si le programme prend des candidatures',
        cityIds: 'Villes participantes sans partenariat propre, ou en plus de celui-ci',
        counts:
          'Les participants sont souvent mineurs : indiquez combien ont pris part, jamais de noms ni d’autres données personnelles.',
      },
    },
  },
};

/** Labels of the programs resource, English and French (same keys in both). */
export const messages = { en, fr };
