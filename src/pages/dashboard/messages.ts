/** Labels of the dashboard, English and French. */
export const messages = {
  en: { dashboard: { title: 'Progress' } },
  fr: { dashboard: { title: 'Progression' } },
};
