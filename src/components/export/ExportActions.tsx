import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ExportMenu } from './ExportMenu';

/** A list's toolbar: its filters, Create where the resource has it, and the Export control. */
export function ExportActions() {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportMenu />
    </TopToolbar>
  );
}
