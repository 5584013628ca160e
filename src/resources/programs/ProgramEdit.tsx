import { SimpleForm } from 'react-admin';
import { PessimisticEdit } from '../../components/PessimisticEdit';
import { ProgramInputs, validateProgram } from './ProgramInputs';
import { transformProgram } from './transformProgram';

export const ProgramEdit = () => (
  <PessimisticEdit transform={transformProgram}>
    <SimpleForm validate={validateProgram} noValidate>
      <ProgramInputs />
    </SimpleForm>
  </PessimisticEdit>
);
