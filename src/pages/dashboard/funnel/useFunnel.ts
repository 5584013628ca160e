import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { FunnelParams } from '../../../domain';
import type { AppDataProvider } from '../../../providers/dataProvider';

/**
 * The funnel for the scope chosen, under its own key: it loads and fails apart from the
 * progress figures. While another scope loads, the previous funnel stays on view.
 */
export function useFunnel(params: FunnelParams) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['stats', 'funnel', params],
    queryFn: () => dataProvider.getFunnel(params),
    placeholderData: keepPreviousData,
  });
}
