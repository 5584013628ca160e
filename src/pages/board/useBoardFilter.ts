import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import { isAuRegion } from '../../domain';
import { useHomeRegion } from '../../components/useSignedInUser';

/** The board's filter: a partnerships list filter without a stage (each column adds its own). */
export type BoardFilter = Record<string, unknown>;

/** In the address when someone widened the board to all of Africa on purpose (their default is a region). */
const ALL = 'all';
const TEXT_KEYS = ['q', 'cohort', 'focusAreas'] as const;

function readFilter(search: string, home: string | null): BoardFilter {
  const params = new URLSearchParams(search);
  const filter: BoardFilter = {};
  const region = params.get('region');
  if (isAuRegion(region)) filter.region = region;
  else if (region === null && home) filter.region = home;
  const owner = Number(params.get('ownerId'));
  if (Number.isInteger(owner) && owner > 0) filter.ownerId = owner;
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

function writeFilter(filter: BoardFilter, home: string | null): string {
  const params = new URLSearchParams();
  if (filter.region) params.set('region', String(filter.region));
  else if (home) params.set('region', ALL);
  if (filter.ownerId) params.set('ownerId', String(filter.ownerId));
  for (const key of TEXT_KEYS) if (filter[key]) params.set(key, String(filter[key]));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The board's filter, kept in the address so a link or a saved view opens the same board.
 * A coordinator's board opens on their region; `?region=all` is all of Africa for everyone.
 */
export function useBoardFilter(): [BoardFilter, (filter: BoardFilter) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const { region: home } = useHomeRegion();
  const filter = useMemo(() => readFilter(location.search, home), [location.search, home]);
  const setFilter = useCallback(
    (next: BoardFilter) => navigate({ pathname: location.pathname, search: writeFilter(next, home) }, { replace: true }),
    [navigate, location.pathname, home],
  );
  return [filter, setFilter];
}
