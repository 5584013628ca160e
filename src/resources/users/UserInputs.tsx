import { BooleanInput, PasswordInput, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { FormRow } from '../../components/Section';
import { regionChoices, roleChoices } from './userChoices';

/** Only a coordinator has a region: the input shows when that role is picked. */
function RegionInput() {
  const role = useWatch({ name: 'role' });
  if (role !== 'coordinator') return null;
  return <SelectInput source="region" choices={regionChoices} helperText="resources.users.helper.region" />;
}

/** The fields of a user, shared by Create and Edit; `creating` makes the password required. */
export function UserInputs({ creating }: { creating: boolean }) {
  return (
    <>
      <FormRow>
        <TextInput source="fullName" fullWidth />
        <TextInput source="email" type="email" fullWidth />
      </FormRow>
      <FormRow>
        <SelectInput source="role" choices={roleChoices} />
        <RegionInput />
      </FormRow>
      <BooleanInput source="disabled" helperText="resources.users.helper.disabled" />
      {creating ? (
        <PasswordInput source="password" autoComplete="new-password" helperText="resources.users.helper.password" />
      ) : (
        <PasswordInput
          source="password"
          label="resources.users.newPassword"
          autoComplete="new-password"
          helperText="resources.users.helper.newPassword"
        />
      )}
    </>
  );
}
