import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { useToday } from '../../components/useToday';
import { PartnershipInputs } from './PartnershipInputs';
import { toPartnershipPayload } from './transform';
import { validatePartnership } from './validation';

/** A new partnership is usually a fresh lead of the initiative. */
const defaultValues = { stage: 'prospect', kind: 'sister', cohort: '500in5', focusAreas: [] };

export function PartnershipCreate() {
  const today = useToday();
  const validate = useMemo(() => validatePartnership({ today }), [today]);
  return (
    <Create transform={toPartnershipPayload} redirect="show">
      <SimpleForm validate={validate} defaultValues={defaultValues}>
        <PartnershipInputs />
      </SimpleForm>
    </Create>
  );
}
