import { SimpleForm } from 'react-admin';
import { PessimisticEdit } from '../../components/PessimisticEdit';
import { EventInputs, validateEvent } from './EventInputs';
import { transformEvent } from './transformEvent';

export const EventEdit = () => (
  <PessimisticEdit transform={transformEvent}>
    <SimpleForm validate={validateEvent} noValidate>
      <EventInputs />
    </SimpleForm>
  </PessimisticEdit>
);
