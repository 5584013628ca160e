import { Create, SimpleForm } from 'react-admin';
import { CityInputs } from './CityInputs';
import { GazetteerLookup } from './GazetteerLookup';
import { SameCityNotice } from './SameCityNotice';
import { transformCity, validateCity } from './transform';
import { useAskAgainOnDuplicate } from './useSameCity';

const defaultValues = { languages: [], sciMember: false };

/** A new city: looked up in the gazetteer first, or typed in by hand; never one already recorded. */
export function CityCreate() {
  const askAgainOnDuplicate = useAskAgainOnDuplicate();
  return (
    <Create transform={transformCity} redirect="show" mutationOptions={askAgainOnDuplicate}>
      <SimpleForm validate={validateCity} defaultValues={defaultValues} noValidate>
        <GazetteerLookup />
        <SameCityNotice />
        <CityInputs />
      </SimpleForm>
    </Create>
  );
}
