/** Labels of the events resource, English and French. */
export const messages = {
  en: { resources: { events: { name: 'events' } } },
  fr: { resources: { events: { name: 'events' } } },
};
