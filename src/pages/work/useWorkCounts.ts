import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AuRegion } from '../../domain';
import type { AppDataProvider } from '../../providers/dataProvider';

/**
 * How many records each work list holds, counted by the server with the lists' own filters.
 * The key starts with 'work' so a stage move can mark every region's counts stale at once.
 */
export function useWorkCounts(region: AuRegion | null) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['work', region],
    queryFn: () => dataProvider.getWorkCounts({ region }),
  });
}
