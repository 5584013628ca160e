import { EnumField } from '../../components/fields';
import { PhoneLine } from '../../components/responsive/PhoneLine';
import { EventDatesField } from './EventFields';

/** An event on a phone, under its title: type and dates. */
export const EventPhoneLine = () => (
  <PhoneLine>
    <EnumField source="type" group="eventType" />
    <EventDatesField />
  </PhoneLine>
);
