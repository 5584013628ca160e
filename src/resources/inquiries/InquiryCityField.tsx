import { useLocaleState, useRecordContext } from 'react-admin';
import type { Inquiry, Side } from '../../domain';
import { FieldText } from '../../components/fields';
import { countryName } from '../../lib/countries';

/** "Kumasi, Ghana", "Springfield, IL, United States": the city as they named it, and where it is. */
export function inquiryCityText(inquiry: { cityName: string; country: string; admin1?: string | null; side: Side }, locale: string) {
  const state = inquiry.side === 'us' ? inquiry.admin1 : null;
  return [inquiry.cityName, state, countryName(inquiry.country, locale)].filter(Boolean).join(', ');
}

/** The inquiry's city and country, in the user's language. */
export function InquiryCityField(_props: { source?: string; label?: string }) {
  const inquiry = useRecordContext<Inquiry>();
  const [locale] = useLocaleState();
  return inquiry ? <FieldText>{inquiryCityText(inquiry, locale)}</FieldText> : null;
}
