import { TextField } from 'react-admin';
import { EnumField } from '../../components/fields';
import { PhoneLine } from '../../components/responsive/PhoneLine';

/** A member of the team on a phone, under their name: role, region and e-mail. */
export const UserPhoneLine = () => (
  <PhoneLine>
    <EnumField source="role" group="role" />
    <EnumField source="region" group="region" />
    <TextField source="email" />
  </PhoneLine>
);
