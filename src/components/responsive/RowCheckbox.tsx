import { type MouseEvent } from 'react';
import { Checkbox, TableCell } from '@mui/material';
import { useDataTableCallbacksContext, useDataTableSelectedIdsContext, useRecordContext, useTranslate } from 'react-admin';

/**
 * A row's selection box, as react-admin's, but named on the box itself: react-admin's puts its
 * name on the wrapper (where it names nothing, and is not allowed), leaving the box unlabelled.
 */
export function RowCheckbox() {
  const { handleToggleItem, isRowSelectable } = useDataTableCallbacksContext();
  const selectedIds = useDataTableSelectedIdsContext();
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const selectable = !isRowSelectable || isRowSelectable(record);
  const toggle = (event: MouseEvent) => {
    if (!selectable || !handleToggleItem) return;
    handleToggleItem(record.id, event);
    event.stopPropagation();
  };
  return (
    <TableCell padding="checkbox">
      <Checkbox
        slotProps={{ input: { 'aria-label': translate('ra.action.select_row') } }}
        color="primary"
        className="select-item RaDataTable-checkbox"
        checked={selectable && (selectedIds?.includes(record.id) ?? false)}
        onClick={toggle}
        disabled={!selectable}
      />
    </TableCell>
  );
}
