import { Create, SimpleForm } from 'react-admin';
import { ProgramInputs, validateProgram } from './ProgramInputs';
import { transformProgram } from './transformProgram';

/** A new program starts in this year's cycle, planned, linked to nothing yet. */
const newProgramDefaults = () => ({
  cycleYear: new Date().getFullYear(),
  status: 'planned',
  partnershipIds: [],
  cityIds: [],
});

/** Other pages may prefill it, e.g. /programs/create?source={"partnershipIds":[12]}. */
export const ProgramCreate = () => (
  <Create transform={transformProgram} redirect="show">
    <SimpleForm validate={validateProgram} noValidate defaultValues={newProgramDefaults}>
      <ProgramInputs />
    </SimpleForm>
  </Create>
);
