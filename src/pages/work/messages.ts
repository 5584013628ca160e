/** The work lists (decision 023): their names, badges, filters and the due-date marks, in English (src/i18n/locales holds the other languages). */
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

export const messages = { en };
