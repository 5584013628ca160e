import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';

/** The map's filter: a partnerships list filter, as the list writes it. */
export type MapFilter = Record<string, string>;

export const MAP_FILTER_KEYS = ['region', 'stage', 'cohort', 'focusAreas', 'q'] as const;

/** The map's filter, kept in the address so a link opens the same map; the server refuses values it does not know. */
export function useMapFilter(): [MapFilter, (filter: MapFilter) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const filter = useMemo(() => {
    const params = new URLSearchParams(location.search);
    return Object.fromEntries(MAP_FILTER_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])));
  }, [location.search]);
  const setFilter = useCallback(
    (next: MapFilter) => {
      const params = new URLSearchParams(MAP_FILTER_KEYS.flatMap((key) => (next[key] ? [[key, next[key]]] : [])));
      navigate({ pathname: location.pathname, search: params.size > 0 ? `?${params}` : '' }, { replace: true });
    },
    [navigate, location.pathname],
  );
  return [filter, setFilter];
}
