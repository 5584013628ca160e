/** The stage funnel's words, English and French (same keys: a test compares the catalogues). */
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

const fr: typeof en = {
  dashboard: {
    funnel: {
      title: 'Entonnoir des étapes',
      hint: 'Ce que sont devenus les séjours dans chaque étape commencés dans la période, suivis jusqu’à aujourd’hui',
      loading: 'Chargement de l’entonnoir des étapes',
      error: 'L’entonnoir des étapes n’a pas pu être chargé.',
      controls: 'Portée de l’entonnoir',
      cohort: 'Cohorte',
      cohortAll: 'Les deux cohortes',
      period: 'Période',
      from: 'Séjours commencés du',
      to: 'au',
      quick: {
        year: 'Cette année de l’initiative',
        twelveMonths: '12 derniers mois',
        sinceStart: 'Depuis le début',
      },
      stageHeading: 'Étape',
      entered: 'Entrés',
      advanced: 'Avancés',
      back: 'Revenus en arrière',
      exited: 'Sortis',
      stillThere: 'Toujours là',
      conversion: 'Conversion',
      medianDays: 'Jours (médiane)',
      days: '%{days} jour |||| %{days} jours',
      summaryStage: '%{stage} : %{entered} entrés, %{conversion} avancés, médiane %{days}',
      none: '—',
      exitsHeading: 'Sorties du parcours',
      empty: 'Aucun séjour n’a commencé dans cette période.',
      conversionRule: 'Conversion : la part des séjours terminés qui sont passés à une étape suivante.',
    },
  },
};

export const messages = { en, fr };
