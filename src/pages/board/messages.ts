/** Labels of the stage board, in English (src/i18n/locales holds the other languages). */
const en = {
  board: {
    menu: 'Board',
    title: 'Stage board',
    readOnly: 'You can look at the board; moving a partnership is for staff and coordinators.',
    showExits: 'Show exits',
    column: '%{stage}: %{total} partnership |||| %{stage}: %{total} partnerships',
    loadMore: 'Load more',
    loading: 'Loading the cards',
    empty: 'No partnership here',
    stages: 'Stages',
    filters: {
      label: 'Board filters',
      drawerTitle: 'Filter the board',
      region: 'Region',
      owner: 'Owner',
      focusArea: 'Focus area',
      cohort: 'Cohort',
      search: 'Search',
      all: 'All',
    },
    card: {
      owner: 'Owner: %{name}',
      noOwner: 'No owner',
      daysInStage: '%{smart_count} day in this stage |||| %{smart_count} days in this stage',
      nextStep: 'Next step',
      // A word of moveToLabel, the button's name: what it shows is part of what it is called.
      moveTo: 'Move…',
      moveToLabel: 'Move %{pair} to another stage',
    },
    move: {
      title: 'Move to %{stage}',
      intro: '%{pair} moves from %{from} to %{to}.',
      signedAt: 'Signed on',
      closedReason: 'Why it closed',
      note: 'Note for the stage history',
      noteHelp: 'Moving back to an earlier stage needs a note saying why.',
      confirm: 'Move',
      cancel: 'Cancel',
      required: 'Required',
      moved: '%{pair} moved to %{stage}',
      conflict: 'Someone else changed this partnership meanwhile: the board now shows it as it is. Try the move again.',
    },
  },
};

export const messages = { en };
