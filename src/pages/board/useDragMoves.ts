import { useCallback } from 'react';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { DropResult } from '@hello-pangea/dnd';
import type { GetInfiniteListResult } from 'react-admin';
import type { Partnership, Stage } from '../../domain';
import type { BoardFilter } from './useBoardFilter';
import { columnQueryKey } from './useStageColumn';

/** A drop on another column asks for that move; a drop in the same column changes nothing (columns sort by last change). */
export function useDragMoves(filter: BoardFilter, request: (card: Partnership, to: Stage) => void) {
  const queryClient = useQueryClient();
  return useCallback(
    ({ draggableId, source, destination }: DropResult) => {
      if (!destination || destination.droppableId === source.droppableId) return;
      const column = queryClient.getQueryData<InfiniteData<GetInfiniteListResult<Partnership>>>(columnQueryKey(source.droppableId as Stage, filter));
      const card = column?.pages.flatMap((page) => page.data).find((candidate) => String(candidate.id) === draggableId);
      if (card) request(card, destination.droppableId as Stage);
    },
    [queryClient, filter, request],
  );
}
