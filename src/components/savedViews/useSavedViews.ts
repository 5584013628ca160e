import { useGetList, useTranslate } from 'react-admin';
import type { SavedView, SavedViewTarget, StarterViewKey } from '../../domain';
import { useSignedInUser } from '../useSignedInUser';

/** The views a menu offers at once: more than a person keeps for one list. */
const VIEWS_PER_MENU = 100;

/**
 * The saved views of one target, grouped as the menu shows them: the starter views, the
 * user's own, and those the rest of the team shares.
 */
export function useSavedViews(target: SavedViewTarget) {
  const { user } = useSignedInUser();
  const { data = [], isPending, error, refetch } = useGetList<SavedView>('views', {
    filter: { target },
    pagination: { page: 1, perPage: VIEWS_PER_MENU },
    sort: { field: 'name', order: 'ASC' },
  });
  const stored = data.filter((view) => !view.starter);
  return {
    starters: data.filter((view) => view.starter),
    mine: stored.filter((view) => view.ownerId === user?.id),
    shared: stored.filter((view) => view.ownerId !== user?.id),
    isPending,
    error,
    refetch,
  };
}

/** A view's name as the user reads it: a starter view's in their language, with their region. */
export function useViewName() {
  const translate = useTranslate();
  return (view: SavedView) => {
    if (!view.starter) return view.name;
    const key = String(view.id).replace(/^starter-/, '') as StarterViewKey;
    const region = view.filter.region ?? view.filter.partnerRegion;
    return translate(`app.savedViews.starter.${key}`, { region: translate(`app.region.${String(region)}`), _: view.name });
  };
}
