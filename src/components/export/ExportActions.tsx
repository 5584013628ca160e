import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ExportMenu } from './ExportMenu';

/** A list's toolbar: its filters, Create where the resource has it, the list's own controls (`children`), and Export. */
export function ExportActions({ children }: { children?: ReactNode }) {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      {children}
      <ExportMenu />
    </TopToolbar>
  );
}
