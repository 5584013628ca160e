/** The public sign-up's languages and limits, apart from its schema so the page carries no zod. */
export const JOIN_LOCALES = ['en', 'fr', 'pt', 'ar'] as const;
export type JoinLocale = (typeof JOIN_LOCALES)[number];

/** Limits of the public sign-up: a body larger than this is refused before it is read. */
export const JOIN_LIMITS = {
  bodyBytes: 16 * 1024,
  message: 2000,
  /** The least time between opening the form and sending it: people read before they send. */
  minFillMs: 4000,
  /** A form opened longer ago than this is sent again with a fresh stamp. */
  maxFillMs: 24 * 60 * 60 * 1000,
  /** The same e-mail and city within this long is one sign-up. */
  sameSignUpMs: 24 * 60 * 60 * 1000,
} as const;
