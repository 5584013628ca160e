/** The goal settings page and the counting rule (decision 030), in English (src/i18n/locales holds the other languages). */
const en = {
  app: {
    countingRule: {
      text: 'A partnership counts toward %{target} when it belongs to the 500 in 5 cohort, was signed between %{start} and %{end}, and is signed, active or dormant today.',
    },
    settings: {
      title: 'Goal settings',
      menu: 'Goal settings',
      milestoneOfYear: 'By the end of year %{year}',
      milestonesHelp: 'Cumulative: the partnerships counted by the end of each year of the initiative.',
      forecastMonthsHelp: 'How many months of stage history the forecast learns from (6 to 60).',
      rule: 'What counts',
      saved: 'The goal settings are saved: the figures follow them from now on.',
    },
  },
  resources: {
    settings: {
      name: 'Goal settings |||| Goal settings',
      fields: {
        startDate: 'Start date',
        years: 'Length in years',
        target: 'Target',
        milestones: 'Yearly milestones',
        forecastMonths: 'Forecast look-back (months)',
      },
    },
  },
};

export const messages = { en };
