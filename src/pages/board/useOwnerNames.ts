import { useMemo } from 'react';
import { useGetManyAggregate } from 'react-admin';
import type { Partnership } from '../../domain';

/** The owners' names of a column's cards: one batched request for every column, none per card. */
export function useOwnerNames(cards: readonly Partnership[]): Map<number, string> {
  const ids = useMemo(() => [...new Set(cards.flatMap((card) => (card.ownerId ? [card.ownerId] : [])))].sort((a, b) => a - b), [cards]);
  const { data } = useGetManyAggregate<{ id: number; fullName: string }>('users', { ids }, { enabled: ids.length > 0 });
  return useMemo(() => new Map((data ?? []).map((user) => [user.id, user.fullName])), [data]);
}
