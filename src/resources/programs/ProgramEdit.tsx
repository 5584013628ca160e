import { SimpleForm } from 'react-admin';
import { KEEP_TYPED_ON_RELOAD, PessimisticEdit } from '../../components/PessimisticEdit';
import { ProgramInputs, validateProgram } from './ProgramInputs';
import { transformProgram } from './transformProgram';

export const ProgramEdit = () => (
  <PessimisticEdit transform={transformProgram}>
    <SimpleForm validate={validateProgram} resetOptions={KEEP_TYPED_ON_RELOAD} noValidate>
      <ProgramInputs />
    </SimpleForm>
  </PessimisticEdit>
);
