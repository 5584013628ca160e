/**
 * What an edit sends: the triage only (status, notes) with the version for the server's
 * check. Everything the person sent stays as they sent it; conversion is its own request.
 */
export function transformInquiry(values: Record<string, unknown>) {
  const notes = typeof values.notes === 'string' ? values.notes.trim() : null;
  return { version: values.version, status: values.status, notes: notes || null };
}
