import { useMemo } from 'react';
import { useInfiniteGetList } from 'react-admin';
import type { Partnership, Stage } from '../../domain';
import type { BoardFilter } from './useBoardFilter';

export const CARDS_PER_PAGE = 20;
const SORT = { field: 'updatedAt', order: 'DESC' } as const;

const columnParams = (stage: Stage, filter: BoardFilter) => ({
  filter: { ...filter, stage },
  sort: SORT,
  pagination: { page: 1, perPage: CARDS_PER_PAGE },
});

/** The cache key react-admin's useInfiniteGetList gives a column. */
export const columnQueryKey = (stage: Stage, filter: BoardFilter) => ['partnerships', 'getInfiniteList', columnParams(stage, filter)];

/** The cards of one column, a page at a time (never the whole pipeline), newest change first. */
export function useStageColumn(stage: Stage, filter: BoardFilter) {
  const query = useInfiniteGetList<Partnership>('partnerships', columnParams(stage, filter));
  const pages = query.data?.pages;
  const cards = useMemo(() => pages?.flatMap((page) => page.data) ?? [], [pages]);
  return { ...query, cards };
}

/** Whether a getInfiniteList query of partnerships is one of these stages' columns. */
export function isColumnQuery(queryKey: readonly unknown[], stages: readonly Stage[]): boolean {
  const [resource, kind, params] = queryKey as [unknown, unknown, { filter?: { stage?: Stage } } | undefined];
  return resource === 'partnerships' && kind === 'getInfiniteList' && stages.includes(params?.filter?.stage as Stage);
}
