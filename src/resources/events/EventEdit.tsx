import { SimpleForm } from 'react-admin';
import { KEEP_TYPED_ON_RELOAD, PessimisticEdit } from '../../components/PessimisticEdit';
import { EventInputs, validateEvent } from './EventInputs';
import { transformEvent } from './transformEvent';

export const EventEdit = () => (
  <PessimisticEdit transform={transformEvent}>
    <SimpleForm validate={validateEvent} resetOptions={KEEP_TYPED_ON_RELOAD} noValidate>
      <EventInputs />
    </SimpleForm>
  </PessimisticEdit>
);
