/** Labels of the partnership map (decision 029), English and French (same keys: a test compares the catalogues). */
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

const fr: typeof en = {
  map: {
    menu: 'Carte',
    title: 'Carte des partenariats',
    figure: 'Carte des partenariats : un arc de chaque ville américaine vers sa ville africaine',
    arc: '%{african} ↔ %{us}, %{stage}',
    region: '%{region} : %{smart_count} partenariat |||| %{region} : %{smart_count} partenariats',
    showing: '%{shown} partenariats affichés sur %{total}.',
    notDrawn: '%{smart_count} partenariat n’est pas tracé : une ville n’a pas de coordonnées. |||| %{smart_count} partenariats ne sont pas tracés : une ville n’a pas de coordonnées.',
    none: 'Aucun partenariat ne correspond à ces filtres.',
    failed: 'La carte n’a pas pu être chargée : %{reason}',
    credit: 'Frontières : Natural Earth (domaine public), via world-atlas.',
    filters: {
      label: 'Filtres de la carte',
      region: 'Région',
      stage: 'Étape',
      cohort: 'Cohorte',
      focusArea: 'Domaine',
      search: 'Rechercher',
      all: 'Toutes',
    },
    legend: {
      regions: 'Partenariats par région de l’UA',
      stages: 'Arcs par étape',
      range: '%{from}–%{to}',
      zero: 'Aucun',
    },
    table: {
      heading: 'La carte en tableaux',
      regions: 'Partenariats par région de l’UA',
      partnerships: 'Partenariats de la carte',
      region: 'Région',
      count: 'Partenariats',
      partnership: 'Partenariat',
      stage: 'Étape',
    },
  },
};

export const messages = { en, fr };
