/** Counts in the reader's locale. Charts receive the locale as a prop: they never read it from a hook. */
export const formatCount = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

/** "a, b and c" in the reader's language, for the spoken summaries of the charts. */
export const formatList = (items: string[], locale: string) =>
  new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
