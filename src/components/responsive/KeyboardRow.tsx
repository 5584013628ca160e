import { forwardRef, useMemo, type KeyboardEvent } from 'react';
import { DataTableConfigContext, DataTableRow, useDataTableCallbacksContext, useDataTableConfigContext, useResourceDefinition, type DataTableRowProps } from 'react-admin';
import { RowCheckbox } from './RowCheckbox';

/** The outline a focused row shows: the keyboard user must see where they are. */
const focusRing = {
  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' },
};

/** Enter on the row itself (not on a link or button inside it) does what a click does. */
function openOnEnter(event: KeyboardEvent<HTMLTableRowElement>) {
  if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
  event.preventDefault();
  event.currentTarget.click();
}

/**
 * A table row that opens its record from the keyboard as a click does: in the tab order, with a
 * visible focus ring, Enter to open. Rows that open nothing (rowClick false) stay out of the tab order.
 * The theme makes it the row of every DataTable.
 */
export const KeyboardRow = forwardRef<HTMLTableRowElement, DataTableRowProps>(function KeyboardRow({ sx, children, ...props }, ref) {
  const { rowClick, handleToggleItem } = useDataTableCallbacksContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  // The row's selection box is ours (RowCheckbox): react-admin's is told there is none to draw.
  const config = useDataTableConfigContext();
  const rowConfig = useMemo(() => ({ ...config, hasBulkActions: false }), [config]);
  const checkbox = config.hasBulkActions && handleToggleItem ? <RowCheckbox /> : null;
  // The same test react-admin applies before it makes a row clickable.
  const opens = rowClick ?? (hasShow || hasEdit);
  return (
    <DataTableConfigContext.Provider value={rowConfig}>
      {opens ? (
        <DataTableRow ref={ref} tabIndex={0} onKeyDown={openOnEnter} sx={[focusRing, ...(Array.isArray(sx) ? sx : [sx])]} {...props}>
          {checkbox}
          {children}
        </DataTableRow>
      ) : (
        <DataTableRow ref={ref} sx={sx} {...props}>
          {checkbox}
          {children}
        </DataTableRow>
      )}
    </DataTableConfigContext.Provider>
  );
});

