/** How the history names what it cannot show as it was, English and French (same keys in both). */
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

const fr: typeof en = {
  app: {
    history: {
      gone: {
        cities: 'une ville supprimée (n° %{id})',
        partnerships: 'un partenariat supprimé (n° %{id})',
        events: 'un événement supprimé (n° %{id})',
        programs: 'un programme supprimé (n° %{id})',
        users: 'un utilisateur supprimé (n° %{id})',
      },
      system: 'le système',
    },
  },
};

export const messages = { en, fr };
