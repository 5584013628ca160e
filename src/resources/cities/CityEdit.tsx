import { ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { PessimisticEdit } from '../../components/PessimisticEdit';
import { CityInputs } from './CityInputs';
import { transformCity, validateCity } from './transform';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export function CityEdit() {
  return (
    <PessimisticEdit transform={transformCity} actions={<EditActions />}>
      <SimpleForm validate={validateCity} noValidate>
        <CityInputs />
      </SimpleForm>
    </PessimisticEdit>
  );
}
