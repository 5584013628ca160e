const en = {
  resources: {
    events: {
      name: 'Event |||| Events',
      fields: {
        id: 'ID',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        type: 'Type',
        title: 'Title',
        startsAt: 'Starts',
        endsAt: 'Ends',
        dates: 'When',
        cityId: 'City',
        location: 'Where',
        virtual: 'Virtual',
        partnershipIds: 'Partnerships',
        partnershipCount: 'Partnerships',
        focusArea: 'Focus area',
        adults: 'Adults',
        youth: 'Youth',
        participants: 'Participants',
        outcome: 'Outcome',
        notes: 'Notes',
        q: 'Search',
        startsAt_gte: 'Starts on or after',
        startsAt_lte: 'Starts on or before',
      },
      virtual: 'Virtual',
      helper: {
        endsAt: 'Optional: leave empty for a single moment',
        virtual: 'A virtual event takes place online and has no city',
        partnershipIds: 'Once it has taken place, this event counts as activity for each linked partnership: saving updates their last activity date.',
        counts: 'Numbers of people only: no names or personal details',
      },
    },
  },
};

const fr: typeof en = {
  resources: {
    events: {
      name: 'Événement |||| Événements',
      fields: {
        id: 'ID',
        version: 'Version',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
        type: 'Type',
        title: 'Titre',
        startsAt: 'Début',
        endsAt: 'Fin',
        dates: 'Quand',
        cityId: 'Ville',
        location: 'Où',
        virtual: 'En ligne',
        partnershipIds: 'Partenariats',
        partnershipCount: 'Partenariats',
        focusArea: 'Domaine',
        adults: 'Adultes',
        youth: 'Jeunes',
        participants: 'Participants',
        outcome: 'Résultat',
        notes: 'Notes',
        q: 'Rechercher',
        startsAt_gte: 'Débute le ou après le',
        startsAt_lte: 'Débute le ou avant le',
      },
      virtual: 'En ligne',
      helper: {
        endsAt: 'Facultatif : laissez vide pour un moment unique',
        virtual: 'Un événement en ligne n’a pas de ville',
        partnershipIds:
          'Une fois passé, cet événement compte comme une activité pour chaque partenariat lié : l’enregistrement met à jour leur date de dernière activité.',
        counts: 'Des nombres de personnes seulement : ni noms ni données personnelles',
      },
    },
  },
};

/** Labels of the events resource, English and French (same keys in both). */
export const messages = { en, fr };
