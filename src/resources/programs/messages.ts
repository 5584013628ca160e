/** Labels of the programs resource, English and French. */
export const messages = {
  en: { resources: { programs: { name: 'programs' } } },
  fr: { resources: { programs: { name: 'programs' } } },
};
