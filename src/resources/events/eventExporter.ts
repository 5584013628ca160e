import type { TranslateFunction } from 'react-admin';
import type { SciEvent } from '../../domain/event';
import { columnTitle, enumCell, useCsvExporter, type LinkedNames } from '../../components/useCsvExporter';
import { cityLabel, namesOf, partnershipPair } from '../../lib/linkLabels';

/**
 * One CSV row a person can read: column titles and names in the user's language, the city
 * and the partnerships by name, instants as ISO 8601 (which spreadsheets parse).
 */
export function toEventExportRow(event: SciEvent, linked: LinkedNames, translate: TranslateFunction) {
  const title = columnTitle(translate, 'events');
  const city = event.cityId ? linked.cities[event.cityId] : undefined;
  return {
    [title('id')]: event.id,
    [title('title')]: event.title,
    [title('type')]: enumCell(translate, 'eventType', event.type),
    [title('startsAt')]: event.startsAt,
    [title('endsAt')]: event.endsAt ?? '',
    [title('location')]: event.virtual ? translate('resources.events.virtual') : cityLabel(city),
    [title('partnershipIds')]: namesOf(event.partnershipIds, linked.partnerships, partnershipPair),
    [title('focusArea')]: enumCell(translate, 'focusArea', event.focusArea),
    [title('adults')]: event.adults ?? '',
    [title('youth')]: event.youth ?? '',
    [title('outcome')]: event.outcome ?? '',
    [title('notes')]: event.notes ?? '',
  };
}

const links = { cities: 'cityId', partnerships: 'partnershipIds' };

/** The list's CSV export, in the user's language. */
export const useEventExporter = () => useCsvExporter<SciEvent>('events', toEventExportRow, links);
