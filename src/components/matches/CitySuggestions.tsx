import { useRecordContext, useTranslate } from 'react-admin';
import type { City } from '../../domain';
import { SectionCard } from '../SectionCard';
import { SuggestedMatches } from './SuggestedMatches';

/** The city page's card of suggested partners (issue 14), for a city of either side. */
export function CitySuggestions() {
  const city = useRecordContext<City>();
  const translate = useTranslate();
  if (!city) return null;
  return (
    <SectionCard title={translate('matches.title')} hint={translate('matches.hint')}>
      <SuggestedMatches cityId={city.id} />
    </SectionCard>
  );
}
