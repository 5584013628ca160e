import { ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { KEEP_TYPED_ON_RELOAD, PessimisticEdit } from '../../components/PessimisticEdit';
import { CityInputs } from './CityInputs';
import { SameCityNotice } from './SameCityNotice';
import { useAskAgainOnDuplicate } from './useSameCity';
import { transformCity, validateCity } from './transform';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export function CityEdit() {
  const askAgainOnDuplicate = useAskAgainOnDuplicate();
  return (
    <PessimisticEdit transform={transformCity} actions={<EditActions />} mutationOptions={askAgainOnDuplicate}>
      <SimpleForm validate={validateCity} resetOptions={KEEP_TYPED_ON_RELOAD} noValidate>
        <SameCityNotice />
        <CityInputs />
      </SimpleForm>
    </PessimisticEdit>
  );
}
