/** Saved views (decision 024), English and French (same keys in both). */
const en = {
  app: {
    savedViews: {
      button: 'Views',
      starters: 'Starter views',
      mine: 'My views',
      shared: 'Shared by the team',
      sharedBy: 'by %{name}',
      none: 'No saved views yet',
      save: 'Save current view…',
      manage: 'Manage my views…',
      name: 'Name',
      share: 'Share with the team',
      saveTitle: 'Save the current view',
      manageTitle: 'My views',
      rename: 'Save changes',
      deleteNamed: 'Delete %{name}',
      saved: 'The view is saved.',
      changed: 'The view is changed.',
      deleted: 'The view is deleted.',
      failed: 'The views could not be loaded: %{reason}',
      starter: {
        all: '%{region} — all',
        overdue: '%{region} — overdue next steps',
        stalled: '%{region} — stalled',
        board: '%{region} — board',
        leaderTerms: '%{region} — leader terms ending',
        lapsedDues: '%{region} — dues lapsed',
      },
      refused: {
        filter: 'This filter is not one the list can use.',
        filterTooLarge: 'This filter is too large to save.',
        sort: 'This list cannot be sorted so.',
      },
    },
  },
};

const fr: typeof en = {
  app: {
    savedViews: {
      button: 'Vues',
      starters: 'Vues de départ',
      mine: 'Mes vues',
      shared: 'Partagées par l’équipe',
      sharedBy: 'par %{name}',
      none: 'Aucune vue enregistrée',
      save: 'Enregistrer la vue actuelle…',
      manage: 'Gérer mes vues…',
      name: 'Nom',
      share: 'Partager avec l’équipe',
      saveTitle: 'Enregistrer la vue actuelle',
      manageTitle: 'Mes vues',
      rename: 'Enregistrer les modifications',
      deleteNamed: 'Supprimer %{name}',
      saved: 'La vue est enregistrée.',
      changed: 'La vue est modifiée.',
      deleted: 'La vue est supprimée.',
      failed: 'Les vues n’ont pas pu être chargées : %{reason}',
      starter: {
        all: '%{region} — tout',
        overdue: '%{region} — prochaines étapes en retard',
        stalled: '%{region} — au point mort',
        board: '%{region} — tableau',
        leaderTerms: '%{region} — mandats qui s’achèvent',
        lapsedDues: '%{region} — cotisations échues',
      },
      refused: {
        filter: 'Ce filtre n’est pas utilisable par la liste.',
        filterTooLarge: 'Ce filtre est trop grand pour être enregistré.',
        sort: 'Cette liste ne peut pas être triée ainsi.',
      },
    },
  },
};

export const messages = { en, fr };
