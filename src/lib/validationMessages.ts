/**
 * The refusals a client's odd input can meet that no schema names itself (src/domain/validationKey.ts),
 * in English (src/i18n/locales holds the other languages).
 */
const en = {
  app: {
    validation: {
      tooLarge: 'This number is too large',
      tooSmall: 'This number is too small',
      tooMany: 'Too many items',
    },
  },
};

export const messages = { en };
