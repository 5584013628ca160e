/** The home of each role (decision 023), in English (src/i18n/locales holds the other languages). */
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

export const messages = { en };
