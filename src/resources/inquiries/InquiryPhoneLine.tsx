import { EnumField, LocaleDateField } from '../../components/fields';
import { PhoneLine } from '../../components/responsive/PhoneLine';
import { InquiryCityField } from './InquiryCityField';

/** An inquiry on a phone, under the organisation: its city, status and when it came. */
export const InquiryPhoneLine = () => (
  <PhoneLine>
    <InquiryCityField />
    <EnumField source="status" group="inquiryStatus" />
    <LocaleDateField source="createdAt" />
  </PhoneLine>
);
