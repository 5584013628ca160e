/** Suggested matches (issue 14), in English (src/i18n/locales holds the other languages). */
const en = {
  matches: {
    title: 'Suggested partners',
    hint: 'Cities of the other side not yet paired with this one, best fit first.',
    listLabel: 'Suggested partners for %{name}',
    loading: 'Looking for suggestions…',
    failed: 'The suggestions could not be loaded',
    empty: 'No city to suggest: every candidate is already paired with this one, or none is recorded yet.',
    population: 'Population %{population}',
    openProspect: 'Open prospect',
    actionFor: '%{action}: %{name}',
    opened: 'Prospect opened with %{name}.',
    reasons: {
      preferredCity: 'The city they asked for',
      preferredRegion: 'In the region they prefer (%{region})',
      sharedFocus: 'Same focus: %{areas}',
      sameSizeBand: 'Similar size (%{band})',
      nearSizeBand: 'Close in size (%{band})',
      duesCurrent: 'SCI dues paid through %{date}',
      noPartnersYet: 'No partner yet',
      fewPartners: 'Only %{smart_count} partner so far |||| Only %{smart_count} partners so far',
      manyPartners: 'Already %{smart_count} partner |||| Already %{smart_count} partners',
      duesLapsed: 'SCI dues lapsed since %{date}',
      duesUnknown: 'SCI dues date not recorded',
    },
    bands: {
      small: 'under %{max}',
      medium: '%{min} to %{max}',
      large: '%{min} to %{max}',
      metro: 'over %{min}',
    },
  },
};

export const messages = { en };
