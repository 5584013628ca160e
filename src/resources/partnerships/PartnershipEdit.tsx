import { useMemo } from 'react';
import { SimpleForm, useRecordContext } from 'react-admin';
import type { Partnership } from '../../domain';
import { PessimisticEdit } from '../../components/PessimisticEdit';
import { PartnershipInputs } from './PartnershipInputs';
import { toPartnershipPayload } from './transform';
import { validatePartnership } from './validation';

function PartnershipEditForm() {
  const record = useRecordContext<Partnership>();
  const storedStage = record?.stage;
  const validate = useMemo(() => validatePartnership(storedStage), [storedStage]);
  return (
    <SimpleForm validate={validate}>
      <PartnershipInputs storedStage={storedStage} />
    </SimpleForm>
  );
}

export function PartnershipEdit() {
  return (
    <PessimisticEdit transform={toPartnershipPayload}>
      <PartnershipEditForm />
    </PessimisticEdit>
  );
}
