/** Labels of the cities resource, English and French. */
export const messages = {
  en: { resources: { cities: { name: 'cities' } } },
  fr: { resources: { cities: { name: 'cities' } } },
};
