import { Create, SimpleForm } from 'react-admin';
import { PartnershipInputs } from './PartnershipInputs';
import { toPartnershipPayload } from './transform';
import { validatePartnership } from './validation';

const validate = validatePartnership();
/** A new partnership is usually a fresh lead of the initiative. */
const defaultValues = { stage: 'prospect', kind: 'sister', cohort: '500in5', focusAreas: [] };

export function PartnershipCreate() {
  return (
    <Create transform={toPartnershipPayload} redirect="show">
      <SimpleForm validate={validate} defaultValues={defaultValues}>
        <PartnershipInputs />
      </SimpleForm>
    </Create>
  );
}
