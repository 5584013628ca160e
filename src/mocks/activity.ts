import type { SciEvent, StoredPartnership } from '../domain';
import type { MockStore } from './store';

const dayOf = (event: SciEvent) => event.startsAt.slice(0, 10);
const latest = (...days: Array<string | null | undefined>) =>
  days.filter((d): d is string => !!d).reduce<string | null>((a, b) => (a && a > b ? a : b), null);

function latestPastEventDay(store: MockStore, partnershipId: number): string | null {
  const today = store.today();
  let found: string | null = null;
  for (const event of store.tables.events.values()) {
    const day = dayOf(event);
    if (day <= today && event.partnershipIds.includes(partnershipId)) found = latest(found, day);
  }
  return found;
}

/** The last move of stage: the first entry only records when the partnership was entered. */
const lastStageMoveDay = (p: StoredPartnership) =>
  p.stageHistory.length > 1 ? p.stageHistory[p.stageHistory.length - 1]!.at.slice(0, 10) : null;

/** The latest day any past event linked to the partnership took place, for the partnership update rules. */
export const pastEventsLatestDay = latestPastEventDay;

/**
 * Keeps `lastActivityAt` of the partnerships an event touches true after the event was
 * written or deleted: a past event is activity. When the event that set the date moves or
 * goes, the date falls back to what else is known: other past events, the last move of
 * stage, the first contact.
 * It is bookkeeping, not an edit: the partnership keeps its version.
 */
export function syncLastActivity(store: MockStore, before: SciEvent | null, after: SciEvent | null) {
  const today = store.today();
  const ids = new Set([...(before?.partnershipIds ?? []), ...(after?.partnershipIds ?? [])]);
  for (const id of ids) {
    const p = store.tables.partnerships.get(id);
    if (!p) continue;
    let value = p.lastActivityAt ?? null;
    if (before && value === dayOf(before)) value = latest(lastStageMoveDay(p), latestPastEventDay(store, id), p.firstContactAt);
    if (after && after.partnershipIds.includes(id) && dayOf(after) <= today) value = latest(value, dayOf(after));
    if (value !== (p.lastActivityAt ?? null)) store.tables.partnerships.set(id, { ...p, lastActivityAt: value });
  }
}
