import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AuRegion } from '../../domain';
import type { AppDataProvider } from '../../providers/dataProvider';

/**
 * Every figure of the dashboard, from one call the server computes. While another region
 * loads, the previous figures stay on screen (marked as updating) instead of a blank page.
 */
export function useProgress(region: AuRegion | null) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['stats', 'progress', region],
    queryFn: () => dataProvider.getProgress({ region }),
    placeholderData: keepPreviousData,
  });
}
