import { Create, SimpleForm } from 'react-admin';
import { EventInputs, validateEvent } from './EventInputs';
import { transformEvent } from './transformEvent';

const emptyEvent = { virtual: false, partnershipIds: [] };

/**
 * Other pages may prefill it, e.g. /events/create?source={"partnershipIds":[12]} from a
 * partnership's page: react-admin merges that into the defaults.
 */
export const EventCreate = () => (
  <Create transform={transformEvent} redirect="show">
    <SimpleForm validate={validateEvent} noValidate defaultValues={emptyEvent}>
      <EventInputs />
    </SimpleForm>
  </Create>
);
