/** Lists on a phone: the filter drawer (decision 025), English and French (same keys in both). */
const en = {
  app: {
    responsive: {
      filters: 'Filters',
      filtersActive: 'Filters (%{count})',
      drawerTitle: 'Filter the list',
      clear: 'Clear filters',
      close: 'Show results',
    },
  },
};

const fr: typeof en = {
  app: {
    responsive: {
      filters: 'Filtres',
      filtersActive: 'Filtres (%{count})',
      drawerTitle: 'Filtrer la liste',
      clear: 'Effacer les filtres',
      close: 'Voir les résultats',
    },
  },
};

export const messages = { en, fr };
