/** How the history names what it cannot show as it was, in English (src/i18n/locales holds the other languages). */
const en = {
  app: {
    history: {
      gone: {
        cities: 'a deleted city (#%{id})',
        partnerships: 'a deleted partnership (#%{id})',
        events: 'a deleted event (#%{id})',
        programs: 'a deleted program (#%{id})',
        users: 'a deleted user (#%{id})',
      },
      system: 'the system',
    },
  },
};

export const messages = { en };
