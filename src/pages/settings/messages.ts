/** The goal settings page and the counting rule (decision 030), English and French (same keys in both). */
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

const fr: typeof en = {
  app: {
    countingRule: {
      text: 'Un partenariat compte pour l’objectif de %{target} s’il appartient à la cohorte 500 en 5, a été signé entre le %{start} et le %{end}, et est aujourd’hui signé, actif ou en sommeil.',
    },
    settings: {
      title: 'Objectif et jalons',
      menu: 'Objectif et jalons',
      milestoneOfYear: 'À la fin de l’année %{year}',
      milestonesHelp: 'Cumulatifs : les partenariats comptés à la fin de chaque année de l’initiative.',
      forecastMonthsHelp: 'Combien de mois d’historique des étapes la prévision prend en compte (de 6 à 60).',
      rule: 'Ce qui compte',
      saved: 'L’objectif et les jalons sont enregistrés : les chiffres les suivent désormais.',
    },
  },
  resources: {
    settings: {
      name: 'Objectif et jalons |||| Objectif et jalons',
      fields: {
        startDate: 'Date de début',
        years: 'Durée en années',
        target: 'Objectif',
        milestones: 'Jalons annuels',
        forecastMonths: 'Historique de la prévision (mois)',
      },
    },
  },
};

export const messages = { en, fr };
