/**
 * Dates as whole days since 1970-01-01: the generator draws hundreds of thousands of them,
 * so it does arithmetic on numbers and formats each day once.
 */
const DAY_MS = 86_400_000;
const isoCache = new Map<number, string>();

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A full ISO timestamp on that day, at the given second of the day. */
export const timestampOf = (day: number, secondOfDay: number): string =>
  `${isoOfDay(day)}T${pad(Math.floor(secondOfDay / 3600))}:${pad(Math.floor(secondOfDay / 60) % 60)}:${pad(secondOfDay % 60)}.000Z`;
