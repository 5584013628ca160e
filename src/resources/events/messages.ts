const en = {
  resources: {
    events: {
      name: 'Event |||| Events',
      fields: {
        id: 'ID',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        type: 'Type',
        title: 'Title',
        startsAt: 'Starts',
        endsAt: 'Ends',
        dates: 'When',
        cityId: 'City',
        location: 'Where',
        virtual: 'Virtual',
        partnershipIds: 'Partnerships',
        partnershipCount: 'Partnerships',
        focusArea: 'Focus area',
        adults: 'Adults',
        youth: 'Youth',
        participants: 'Participants',
        outcome: 'Outcome',
        notes: 'Notes',
        q: 'Search',
        startsAt_gte: 'Starts on or after',
        startsAt_lte: 'Starts on or before',
      },
      virtual: 'Virtual',
      helper: {
        endsAt: 'Optional: leave empty for a single moment',
        virtual: 'A virtual event takes place online and has no city',
        partnershipIds: 'Once it has taken place, this event counts as activity for each linked partnership: saving updates their last activity date.',
        counts: 'Numbers of people only: no names or personal details',
      },
    },
  },
};

export const messages = { en };
