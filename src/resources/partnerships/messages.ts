/** Labels of the partnerships resource, English and French. */
export const messages = {
  en: { resources: { partnerships: { name: 'partnerships' } } },
  fr: { resources: { partnerships: { name: 'partnerships' } } },
};
