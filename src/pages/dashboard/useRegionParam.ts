import { useLocation, useNavigate } from 'react-admin';
import { isAuRegion, type AuRegion } from '../../domain';
import { useHomeRegion } from '../../components/useSignedInUser';

/** In the address when someone narrowed to all of Africa on purpose (their default is a region). */
const ALL = 'all';

/**
 * The AU region the dashboard is narrowed to, kept in the address (`?region=Western`) so a
 * coordinator can bookmark or share their region's view. Without one in the address a
 * coordinator sees their own region and everyone else all of Africa; `?region=all` is all
 * of Africa for everyone.
 */
export function useRegionParam(): [AuRegion | null, (region: AuRegion | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const { region: home } = useHomeRegion();
  const value = new URLSearchParams(location.search).get('region');
  const region = isAuRegion(value) ? value : value === null ? home : null;
  const setRegion = (next: AuRegion | null) => {
    const params = new URLSearchParams(location.search);
    if (next) params.set('region', next);
    else if (home) params.set('region', ALL);
    else params.delete('region');
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
  };
  return [region, setRegion];
}
