/** The refusal of text no database stores as sent (src/domain/common.ts), English and French. */
const en = {
  app: {
    validation: {
      characters: 'This text holds a character that cannot be saved (a null character or a broken emoji); remove it and try again',
    },
  },
};

const fr: typeof en = {
  app: {
    validation: {
      characters: 'Ce texte contient un caractère impossible à enregistrer (caractère nul ou émoji cassé) ; retirez-le puis réessayez',
    },
  },
};

export const messages = { en, fr };
