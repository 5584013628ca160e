import { useEffect, useSyncExternalStore } from 'react';
import { TitlePortal } from 'react-admin';

/*
 * Every page has exactly one level-one heading. It is react-admin's title in the app bar (the
 * page's name, which every list, show, edit and create page and our own pages set), unless the
 * page shows a heading of its own (a home, the dashboard, the work lists, a partnership): then
 * that heading is the h1, and the app bar's title stays a plain label beside it.
 */
let ownHeadings = 0;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Called by a page's own h1 while it shows: the app bar's title then is not a heading. */
export function useOwnPageHeading() {
  useEffect(() => {
    ownHeadings += 1;
    changed();
    return () => {
      ownHeadings -= 1;
      changed();
    };
  }, []);
}

/**
 * The app bar's title: the element react-admin's <Title> writes into, an h1 unless the page has
 * its own. The element itself never changes (<Title> keeps hold of it), only its role.
 */
export function AppBarTitle() {
  const pageHasOwn = useSyncExternalStore(subscribe, () => ownHeadings > 0, () => false);
  return <TitlePortal component="h1" className="RaAppBar-title" role={pageHasOwn ? 'none' : undefined} />;
}
