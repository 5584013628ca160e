/** Labels of the partnership map (decision 029), in English (src/i18n/locales holds the other languages). */
const en = {
  map: {
    menu: 'Map',
    title: 'Partnership map',
    figure: 'Map of the partnerships: an arc from each US city to its African city',
    arc: '%{african} ↔ %{us}, %{stage}',
    region: '%{region}: %{smart_count} partnership |||| %{region}: %{smart_count} partnerships',
    showing: 'Showing %{shown} of %{total} partnerships.',
    notDrawn: '%{smart_count} partnership is not drawn: a city has no coordinates. |||| %{smart_count} partnerships are not drawn: a city has no coordinates.',
    none: 'No partnership matches these filters.',
    failed: 'The map could not be loaded: %{reason}',
    credit: 'Borders: Natural Earth (public domain), via world-atlas.',
    filters: {
      label: 'Map filters',
      region: 'Region',
      stage: 'Stage',
      cohort: 'Cohort',
      focusArea: 'Focus area',
      search: 'Search',
      all: 'All',
    },
    legend: {
      regions: 'Partnerships per AU region',
      stages: 'Arcs by stage',
      range: '%{from}–%{to}',
      zero: 'None',
    },
    table: {
      heading: 'The map as tables',
      regions: 'Partnerships per AU region',
      partnerships: 'Partnerships on the map',
      region: 'Region',
      count: 'Partnerships',
      partnership: 'Partnership',
      stage: 'Stage',
    },
  },
};

export const messages = { en };
