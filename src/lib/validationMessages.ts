/**
 * The refusals a client's odd input can meet that no schema names itself (src/domain/validationKey.ts),
 * English and French (same keys in both).
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

const fr: typeof en = {
  app: {
    validation: {
      tooLarge: 'Ce nombre est trop grand',
      tooSmall: 'Ce nombre est trop petit',
      tooMany: 'Trop d’éléments',
    },
  },
};

export const messages = { en, fr };
