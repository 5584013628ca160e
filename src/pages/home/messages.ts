/** The home of each role (decision 023), English and French (same keys in both). */
const en = {
  app: {
    home: {
      menu: 'Home',
      title: 'Home',
      staff: {
        heading: 'My work',
        hint: 'Your open partnerships and the next steps that are due.',
      },
      region: {
        allAfrica: 'All of Africa',
        hint: 'The region’s progress and its work lists.',
        board: 'Open the board',
        progress: 'Full progress dashboard',
        progressError: 'The region’s progress could not be loaded',
      },
      widget: {
        mine: 'My open partnerships',
        overdue: 'Next steps overdue',
        dueSoon: 'Next steps due this week',
        seeAll: 'See all %{count}',
        empty: 'Nothing here.',
        error: 'This list could not be loaded',
      },
      choice: {
        label: 'Home to show',
        work: 'My work',
        region: 'A region',
        progress: 'Progress',
      },
    },
  },
};

const fr: typeof en = {
  app: {
    home: {
      menu: 'Accueil',
      title: 'Accueil',
      staff: {
        heading: 'Mon travail',
        hint: 'Vos partenariats en cours et les prochaines étapes à faire.',
      },
      region: {
        allAfrica: 'Toute l’Afrique',
        hint: 'La progression de la région et ses listes de travail.',
        board: 'Ouvrir le tableau',
        progress: 'Tableau de bord complet',
        progressError: 'La progression de la région n’a pas pu être chargée',
      },
      widget: {
        mine: 'Mes partenariats en cours',
        overdue: 'Prochaines étapes en retard',
        dueSoon: 'Prochaines étapes dues cette semaine',
        seeAll: 'Tout voir (%{count})',
        empty: 'Rien ici.',
        error: 'Cette liste n’a pas pu être chargée',
      },
      choice: {
        label: 'Accueil à afficher',
        work: 'Mon travail',
        region: 'Une région',
        progress: 'Progression',
      },
    },
  },
};

export const messages = { en, fr };
