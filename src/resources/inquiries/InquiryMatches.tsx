import { useTranslate } from 'react-admin';
import { Section } from '../../components/Section';
import { SuggestedMatches, type SuggestedMatch } from '../../components/matches/SuggestedMatches';
import { useMayConvert } from './ConvertButton';
import { useConvertRequest } from './convertRequest';

/**
 * The partners worth suggesting, while the inquiry waits: picking one opens the conversion
 * with it, so the partnership is always linked back to the inquiry.
 */
export function InquiryMatches({ inquiryId }: { inquiryId: number }) {
  const translate = useTranslate();
  const mayConvert = useMayConvert();
  const { setRequest } = useConvertRequest();
  if (!mayConvert) return null;
  const pick = (match: SuggestedMatch) => setRequest({ partnerCityId: match.cityId });
  return (
    <Section title="resources.inquiries.sections.matches">
      <SuggestedMatches inquiryId={inquiryId} onPick={pick} pickLabel={translate('resources.inquiries.convert.withPartner')} />
    </Section>
  );
}
