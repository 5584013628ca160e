import { EnumField, LocaleDateField } from '../../components/fields';
import { PhoneLine } from '../../components/responsive/PhoneLine';

/** A program on a phone, under its title: kind, status and deadline. */
export const ProgramPhoneLine = () => (
  <PhoneLine>
    <EnumField source="kind" group="programKind" />
    <EnumField source="status" group="programStatus" />
    <LocaleDateField source="deadline" />
  </PhoneLine>
);
