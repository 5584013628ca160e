const en = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        email: 'Email',
        fullName: 'Full name',
        role: 'Role',
        region: 'Region',
        disabled: 'Disabled',
        password: 'Password',
        theme: 'Theme',
        q: 'Search',
      },
      helper: {
        password: 'At least 12 characters. Send it to the person by a separate channel.',
        newPassword: 'Leave blank to keep the current password.',
        region: 'The AU region this coordinator looks after',
        disabled: 'A disabled user cannot sign in; their sessions end at once.',
      },
      newPassword: 'New password',
    },
  },
};

export const messages = { en };
