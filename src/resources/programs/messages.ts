const en = {
  resources: {
    programs: {
      name: 'Program |||| Programs',
      fields: {
        id: 'ID',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        kind: 'Program',
        title: 'Title',
        cycleYear: 'Cycle year',
        status: 'Status',
        partnershipIds: 'Partnerships',
        partnershipCount: 'Partnerships',
        cityIds: 'Cities',
        cityCount: 'Cities',
        focusArea: 'Focus area',
        adults: 'Adults',
        youth: 'Youth',
        participants: 'Participants',
        deadline: 'Application deadline',
        notes: 'Notes',
        q: 'Search',
        deadline_gte: 'Deadline on or after',
        deadline_lte: 'Deadline on or before',
      },
      helper: {
        deadline: 'Last day to apply, if the program takes applications',
        cityIds: 'Cities taking part without a partnership of their own, or in addition to it',
        counts:
          'Participants are often minors: enter how many took part, never names or other personal details.',
      },
    },
  },
};

export const messages = { en };
