import { useState } from 'react';
import { HttpError, useNotify, useRefresh } from 'react-admin';
import type { Inquiry } from '../../domain';
import { API_URL, httpClient } from '../../providers/dataProvider';
import { conversionBody, refusalOf, type ConvertValues } from './conversion';

/** POST /api/inquiries/:id/convert: the converted inquiry, pointing at its city and partnership. */
export async function postConversion(inquiry: Inquiry, values: ConvertValues): Promise<Inquiry> {
  const { json } = await httpClient(`${API_URL}/inquiries/${encodeURIComponent(inquiry.id)}/convert`, {
    method: 'POST',
    body: JSON.stringify(conversionBody(inquiry, values)),
  });
  return json as Inquiry;
}

/**
 * The convert form's submit: on success the whole app's data is refreshed (the inquiry, the
 * new city and partnership, the counts) and `converted` holds the answer; a refusal returns its
 * field errors for the form to show and keeps one message for the dialog. The form keeps what
 * was picked either way. After a 409 the inquiry reloads, so the next try carries its new version.
 */
export function useConvertInquiry(inquiry: Inquiry) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [converted, setConverted] = useState<Inquiry | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(values: ConvertValues) {
    setMessage(null);
    try {
      const answer = await postConversion(inquiry, values);
      setConverted(answer);
      notify('resources.inquiries.convert.done', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      const refusal = refusalOf(error, values.cityMode);
      setMessage(refusal.message);
      if (error instanceof HttpError && error.status === 409) refresh();
      return refusal.fields;
    }
  }

  return { submit, converted, message };
}
