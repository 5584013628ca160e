/** The stage funnel's words, in English (src/i18n/locales holds the other languages). */
const en = {
  dashboard: {
    funnel: {
      title: 'Stage funnel',
      hint: 'What became of the stays in each stage that began in the period, followed to today',
      loading: 'Loading the stage funnel',
      error: 'The stage funnel could not be loaded.',
      controls: 'Funnel scope',
      cohort: 'Cohort',
      cohortAll: 'Both cohorts',
      period: 'Period',
      from: 'Stays begun from',
      to: 'to',
      quick: {
        year: 'This initiative year',
        twelveMonths: 'Last 12 months',
        sinceStart: 'Since the start',
      },
      stageHeading: 'Stage',
      entered: 'Entered',
      advanced: 'Moved on',
      back: 'Moved back',
      exited: 'Left',
      stillThere: 'Still there',
      conversion: 'Conversion',
      medianDays: 'Median days',
      days: '%{days} day |||| %{days} days',
      summaryStage: '%{stage}: %{entered} entered, %{conversion} moved on, median %{days}',
      none: '—',
      exitsHeading: 'Drop-offs to the exits',
      empty: 'No stay began in this period.',
      conversionRule: 'Conversion: the share of the stays that ended which moved on to a later stage.',
    },
  },
};

export const messages = { en };
