/** The work lists (decision 023): their names, badges, filters and the due-date marks, English and French. */
const en = {
  app: {
    work: {
      menu: 'Work',
      title: 'Work lists',
      hint: 'Each list opens filtered; the badge says how many records it holds.',
      hintRegion: 'In %{region}; each list opens filtered, the badge says how many records it holds.',
      lists: {
        overdue: 'Next steps overdue',
        dueSoon: 'Next steps due this week',
        stalled: 'Stalled partnerships',
        leaderTerms: 'Leaders’ terms ending within 6 months',
        lapsedDues: 'US members with lapsed dues',
        mine: 'My open partnerships',
      },
      due: {
        overdue: 'Overdue',
        soon: 'Due within 7 days',
      },
      filters: {
        due: 'Next step',
        dueState: { overdue: 'Overdue', soon: 'Due this week' },
        openOnly: 'Open only',
        termEndsSoon: 'Leader’s term ends within 6 months',
        duesLapsed: 'Dues lapsed',
        partnerRegion: 'Partners in region',
      },
      error: {
        title: 'The work lists could not be loaded',
      },
    },
  },
};

const fr: typeof en = {
  app: {
    work: {
      menu: 'Travail',
      title: 'Listes de travail',
      hint: 'Chaque liste s’ouvre filtrée ; la pastille dit combien de fiches elle contient.',
      hintRegion: 'En %{region} ; chaque liste s’ouvre filtrée, la pastille dit combien de fiches elle contient.',
      lists: {
        overdue: 'Prochaines étapes en retard',
        dueSoon: 'Prochaines étapes dues cette semaine',
        stalled: 'Partenariats au point mort',
        leaderTerms: 'Mandats de dirigeants finissant d’ici 6 mois',
        lapsedDues: 'Membres américains sans cotisation à jour',
        mine: 'Mes partenariats en cours',
      },
      due: {
        overdue: 'En retard',
        soon: 'À faire sous 7 jours',
      },
      filters: {
        due: 'Prochaine étape',
        dueState: { overdue: 'En retard', soon: 'Due cette semaine' },
        openOnly: 'En cours seulement',
        termEndsSoon: 'Mandat du dirigeant finissant d’ici 6 mois',
        duesLapsed: 'Cotisation échue',
        partnerRegion: 'Partenaires dans la région',
      },
      error: {
        title: 'Les listes de travail n’ont pas pu être chargées',
      },
    },
  },
};

export const messages = { en, fr };
