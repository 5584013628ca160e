/** Saved views (decision 024), in English (src/i18n/locales holds the other languages). */
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

export const messages = { en };
