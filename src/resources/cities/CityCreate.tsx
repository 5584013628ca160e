import { Create, SimpleForm } from 'react-admin';
import { CityInputs } from './CityInputs';
import { GazetteerLookup } from './GazetteerLookup';
import { transformCity, validateCity } from './transform';

const defaultValues = { languages: [], sciMember: false };

/** A new city: looked up in the gazetteer first, or typed in by hand. */
export function CityCreate() {
  return (
    <Create transform={transformCity} redirect="show">
      <SimpleForm validate={validateCity} defaultValues={defaultValues} noValidate>
        <GazetteerLookup />
        <CityInputs />
      </SimpleForm>
    </Create>
  );
}
