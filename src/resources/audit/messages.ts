const en = {
  resources: {
    audit: {
      name: 'Audit log |||| Audit log',
      fields: {
        at: 'When',
        userName: 'Who',
        userId: 'User',
        action: 'Action',
        resource: 'Record type',
        recordId: 'Record',
        changes: 'Changes',
      },
    },
  },
};

export const messages = { en };
