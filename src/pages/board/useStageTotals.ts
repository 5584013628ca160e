import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import type { BoardFilter } from './useBoardFilter';

/** Under ['stats']: whatever refreshes the home's figures after a move refreshes these too. */
export const stageTotalsKey = (filter: BoardFilter) => ['stats', 'stages', filter] as const;

/** The server's count of partnerships per stage for the board's filter: the columns' totals, not the cards loaded. */
export function useStageTotals(filter: BoardFilter) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: stageTotalsKey(filter),
    queryFn: () => dataProvider.getStageTotals({ filter }),
  });
}
