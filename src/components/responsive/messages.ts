/** Lists on a phone: the filter drawer (decision 025), in English (src/i18n/locales holds the other languages). */
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

export const messages = { en };
