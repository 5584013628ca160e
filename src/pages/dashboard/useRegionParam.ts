import { useLocation, useNavigate } from 'react-admin';
import { isAuRegion, type AuRegion } from '../../domain';

/**
 * The AU region the dashboard is narrowed to, kept in the address (`?region=Western`) so a
 * coordinator can bookmark or share their region's view. Anything else means all of Africa.
 */
export function useRegionParam(): [AuRegion | null, (region: AuRegion | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const value = new URLSearchParams(location.search).get('region');
  const region = isAuRegion(value) ? value : null;
  const setRegion = (next: AuRegion | null) => {
    const params = new URLSearchParams(location.search);
    if (next) params.set('region', next);
    else params.delete('region');
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
  };
  return [region, setRegion];
}
