import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { dateFormatter, FieldText } from '../../components/fields';
import { CityName } from '../../components/LinkFields';

/** When an event happens, in the user's locale: one date-time, or a range when it ends later. */
export function EventDatesField() {
  const event = useRecordContext<{ startsAt?: string; endsAt?: string | null }>();
  const [locale] = useLocaleState();
  const start = event?.startsAt ? new Date(event.startsAt) : null;
  if (!start || Number.isNaN(start.getTime())) return null;
  const end = event?.endsAt ? new Date(event.endsAt) : null;
  const formatter = dateFormatter(locale, true);
  const text = end && end > start ? formatter.formatRange(start, end) : formatter.format(start);
  return <FieldText>{text}</FieldText>;
}

/** Where an event happens: its city, "Virtual", or a dash when nobody recorded it. */
export function EventLocationField() {
  const event = useRecordContext<{ virtual?: boolean; cityId?: number | null }>();
  const translate = useTranslate();
  if (event?.virtual) {
    return <FieldText>{translate('resources.events.virtual')}</FieldText>;
  }
  return <CityName source="cityId" />;
}
