/** The forecast card's words, in English (src/i18n/locales holds the other languages). */
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

export const messages = { en };
