/** The forecast card's words, English and French (same keys: a test compares the catalogues). */
const en = {
  dashboard: {
    forecast: {
      title: 'Where the count is likely to land',
      hint: 'Simulated from the pipeline’s own stage history, to the end of the window',
      loading: 'Loading the forecast',
      error: 'The forecast could not be loaded.',
      chances: '%{smart_count} chance in %{outOf} |||| %{smart_count} chances in %{outOf}',
      sentence: {
        about: 'About %{chances} of reaching %{target} by %{end}; the median outcome is %{median}.',
        almostCertain: 'Almost certain to reach %{target} by %{end}; the median outcome is %{median}.',
        veryUnlikely: 'Very unlikely to reach %{target} by %{end}; the median outcome is %{median}.',
        reached: 'The target of %{target} is already reached; the median outcome by %{end} is %{median}.',
        region: '%{region} will most likely count about %{median} partnerships by %{end}, from %{counted} today.',
      },
      ranges: 'Half the simulated outcomes end between %{p25} and %{p75}; nine in ten between %{p5} and %{p95}.',
      levers: 'What moves it',
      leversHint: 'What the median would gain if fewer partnerships were lost at a stage, or if they went through it faster.',
      lever: {
        conversion: 'Converting more at %{stage} would add most: about %{gain} to the median.',
        time: 'Moving faster through %{stage} would add most: about %{gain} to the median.',
        none: 'No single stage would move the median by a whole partnership.',
      },
      leverItem: {
        conversion: 'More conversion at %{stage}: %{gain}',
        time: 'Less time in %{stage}: %{gain}',
      },
      basis:
        'Learned from %{spells} stays in a stage begun since %{since} and about %{arrivals} new partnerships a month; %{runs} simulated runs.',
      pooled: 'Too little history in this region for %{stages}: those rates come from all of Africa.',
      pooledAfrica: 'Where a region had too little history of its own (%{stages}), its rates come from all of Africa.',
      fan: {
        table: 'Forecast, month by month',
        counted: 'Counted',
        band90: '9 runs in 10',
        band50: 'Half the runs',
        median: 'Median outcome',
        target: 'Target',
        date: 'Month end',
      },
      figures: {
        date: 'Month end',
        p5: '5th percentile',
        p25: '25th percentile',
        median: 'Median',
        p75: '75th percentile',
        p95: '95th percentile',
      },
    },
  },
};

const fr: typeof en = {
  dashboard: {
    forecast: {
      title: 'Où le décompte devrait arriver',
      hint: 'Simulé à partir de l’historique des étapes du pipeline, jusqu’à la fin de la période',
      loading: 'Chargement de la prévision',
      error: 'La prévision n’a pas pu être chargée.',
      chances: '%{smart_count} chance sur %{outOf} |||| %{smart_count} chances sur %{outOf}',
      sentence: {
        about: 'Environ %{chances} d’atteindre %{target} d’ici le %{end} ; le résultat médian est de %{median}.',
        almostCertain: 'Atteindre %{target} d’ici le %{end} est presque certain ; le résultat médian est de %{median}.',
        veryUnlikely: 'Atteindre %{target} d’ici le %{end} est très improbable ; le résultat médian est de %{median}.',
        reached: 'L’objectif de %{target} est déjà atteint ; le résultat médian au %{end} est de %{median}.',
        region: '%{region} : le plus probable est d’environ %{median} partenariats comptés d’ici le %{end}, contre %{counted} aujourd’hui.',
      },
      ranges: 'La moitié des résultats simulés se situent entre %{p25} et %{p75} ; neuf sur dix entre %{p5} et %{p95}.',
      levers: 'Ce qui le ferait bouger',
      leversHint: 'Ce que gagnerait la médiane si moins de partenariats se perdaient à une étape, ou s’ils la franchissaient plus vite.',
      lever: {
        conversion: 'Convertir davantage à l’étape %{stage} apporterait le plus : environ %{gain} sur la médiane.',
        time: 'Passer plus vite l’étape %{stage} apporterait le plus : environ %{gain} sur la médiane.',
        none: 'Aucune étape ne ferait bouger la médiane d’un partenariat entier.',
      },
      leverItem: {
        conversion: 'Plus de conversion à l’étape %{stage} : %{gain}',
        time: 'Moins de temps à l’étape %{stage} : %{gain}',
      },
      basis:
        'Appris de %{spells} passages par une étape commencés depuis le %{since} et d’environ %{arrivals} nouveaux partenariats par mois ; %{runs} simulations.',
      pooled: 'Trop peu d’historique dans cette région pour %{stages} : ces taux viennent de toute l’Afrique.',
      pooledAfrica: 'Là où une région avait trop peu d’historique propre (%{stages}), ses taux viennent de toute l’Afrique.',
      fan: {
        table: 'Prévision, mois par mois',
        counted: 'Comptés',
        band90: '9 simulations sur 10',
        band50: 'La moitié des simulations',
        median: 'Résultat médian',
        target: 'Objectif',
        date: 'Fin du mois',
      },
      figures: {
        date: 'Fin du mois',
        p5: '5e centile',
        p25: '25e centile',
        median: 'Médiane',
        p75: '75e centile',
        p95: '95e centile',
      },
    },
  },
};

export const messages = { en, fr };
