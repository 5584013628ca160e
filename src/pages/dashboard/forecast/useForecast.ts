import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AuRegion } from '../../../domain';
import type { AppDataProvider } from '../../../providers/dataProvider';

/**
 * The forecast for the region on view, under its own key: it loads and fails apart from the
 * progress figures, so the rest of the dashboard never waits for the simulation.
 */
export function useForecast(region: AuRegion | null) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['forecast', region],
    queryFn: () => dataProvider.getForecast(region),
  });
}
