import type { ReactNode } from 'react';
import { EmailField, FunctionField, ReferenceField, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { EnumField, LocaleDateField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { SectionCard } from '../../components/SectionCard';
import { CityName } from '../../components/LinkFields';
import { partnershipPair, type PartnershipNames } from '../../lib/linkLabels';
import { Admin1Field } from '../cities/cityFields';
import { FocusAreasField } from '../partnerships/FocusAreasField';
import { InquiryCityField } from './InquiryCityField';
import { ConsentField, CitySourceField, LocaleField } from './InquiryFields';
import { InquiryStatusChip } from './InquiryStatusChip';

// Everything a person sent is shown as text: React escapes it, and nothing here renders HTML.
const PRE_WRAP = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** A card of the inquiry's page; `title` names a key under resources.inquiries.sections. */
function InquirySection({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <SectionCard title={translate(`resources.inquiries.sections.${title}`)}>
      <SimpleShowLayout sx={{ px: 0 }}>{children}</SimpleShowLayout>
    </SectionCard>
  );
}

export const ContactSection = () => (
  <InquirySection title="contact">
    <TextField source="organisation" sx={PRE_WRAP} />
    <TextField source="contactName" sx={PRE_WRAP} />
    <TextField source="role" emptyText="app.none" sx={PRE_WRAP} />
    <EmailField source="email" sx={{ overflowWrap: 'anywhere' }} />
    <TextField source="phone" emptyText="app.none" />
    <LocaleField source="locale" />
    <LocaleDateField source="createdAt" showTime />
  </InquirySection>
);

export const CitySection = () => (
  <InquirySection title="city">
    <InquiryCityField source="cityName" />
    <Admin1Field source="admin1" />
    <EnumField source="side" group="side" />
    <RegionChip source="region" />
    <CitySourceField source="geonameId" />
  </InquirySection>
);

export const WishesSection = () => (
  <InquirySection title="wishes">
    <FocusAreasField source="focusAreas" />
    <EnumField source="preferredRegion" group="region" emptyText="app.none" />
    <TextField source="preferredCity" emptyText="app.none" sx={PRE_WRAP} />
    <TextField source="message" emptyText="app.none" sx={PRE_WRAP} />
    <ConsentField source="consent" />
  </InquirySection>
);

const pairOf = (partnership: PartnershipNames) => partnershipPair(partnership);

export const TriageSection = () => (
  <InquirySection title="triage">
    <InquiryStatusChip source="status" />
    <TextField source="notes" emptyText="app.none" sx={PRE_WRAP} />
    <CityName source="cityId" />
    <ReferenceField source="partnershipId" reference="partnerships" link="show" emptyText="app.none">
      <FunctionField render={pairOf} />
    </ReferenceField>
    <LocaleDateField source="convertedAt" showTime emptyText="app.none" />
  </InquirySection>
);
