import { useState } from 'react';
import { HttpError, useDataProvider, useListContext, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { BulkRefusal, BulkSet, Partnership } from '../../../domain';
import type { AppDataProvider } from '../../../providers/dataProvider';

/** A row the server refused, with the record it was (its cities name it), when the page had it. */
export interface RefusedRow extends BulkRefusal {
  record?: Partial<Partnership>;
}

/** What a form's onSubmit returns: field errors to show beside the inputs, or nothing when it went through. */
export type SubmitErrors = Record<string, string> | undefined;

/**
 * Sends a bulk action for the selected rows with the versions the user saw, then says how it
 * went: a notification of the counts, the refused rows kept for a dialog, the changed rows
 * unselected and the list read again. A refusal of the whole request keeps the dialog open.
 */
export function useBulkUpdate() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { selectedIds, data, onSelect } = useListContext<Partnership>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refused, setRefused] = useState<RefusedRow[]>([]);

  /** The selected records: those of the page shown, and any selected on another page, read again. */
  async function selectedRecords(): Promise<Partnership[]> {
    const shown = (data ?? []).filter((record) => selectedIds.includes(record.id));
    const missing = selectedIds.filter((id) => !shown.some((record) => record.id === id));
    if (missing.length === 0) return shown;
    const { data: others } = await dataProvider.getMany<Partnership>('partnerships', { ids: missing });
    return [...shown, ...others];
  }

  async function apply(set: BulkSet): Promise<SubmitErrors> {
    try {
      const records = await selectedRecords();
      const result = await dataProvider.bulkUpdatePartnerships({ items: records.map(({ id, version }) => ({ id, version })), set });
      notify('app.bulk.result', {
        type: result.refused.length > 0 ? 'warning' : 'info',
        messageArgs: { changed: result.changed.length, refused: result.refused.length },
      });
      const changed = new Set<Identifier>(result.changed);
      onSelect(selectedIds.filter((id) => !changed.has(id)));
      setRefused(result.refused.map((refusal) => ({ ...refusal, record: records.find((record) => record.id === refusal.id) })));
      refresh();
      return undefined;
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined) : undefined;
      notify(body?.errors?.items ?? (error instanceof Error ? error.message : 'ra.notification.http_error'), { type: 'error' });
      return body?.errors;
    }
  }

  return { apply, refused, closeRefused: () => setRefused([]) };
}
