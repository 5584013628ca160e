import { useMemo } from 'react';
import { SimpleForm, useRecordContext } from 'react-admin';
import type { Partnership } from '../../domain';
import { KEEP_TYPED_ON_RELOAD, PessimisticEdit } from '../../components/PessimisticEdit';
import { useSignedInUser } from '../../components/useSignedInUser';
import { useToday } from '../../components/useToday';
import { PartnershipInputs } from './PartnershipInputs';
import { toPartnershipPayload } from './transform';
import { validatePartnership } from './validation';

function PartnershipEditForm() {
  const record = useRecordContext<Partnership>();
  const role = useSignedInUser().user?.role;
  const today = useToday();
  const storedStage = record?.stage;
  const validate = useMemo(() => validatePartnership({ today, storedStage, role }), [today, storedStage, role]);
  return (
    <SimpleForm validate={validate} resetOptions={KEEP_TYPED_ON_RELOAD}>
      <PartnershipInputs storedStage={storedStage} role={role} />
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
