import { EnumField } from '../../components/fields';
import { NextStepDueField } from '../../components/NextStepDueField';
import { PhoneLine } from '../../components/responsive/PhoneLine';

/** A partnership on a phone, under its two cities: stage, AU region, next step's due date. */
export const PartnershipPhoneLine = () => (
  <PhoneLine>
    <EnumField source="stage" group="stage" />
    <EnumField source="region" group="region" />
    <NextStepDueField source="nextStepDue" />
  </PhoneLine>
);
