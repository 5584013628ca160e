/** The refusal of text no database stores as sent (src/domain/common.ts), in English (src/i18n/locales holds the other languages). */
const en = {
  app: {
    validation: {
      characters: 'This text holds a character that cannot be saved (a null character or a broken emoji); remove it and try again',
    },
  },
};

export const messages = { en };
