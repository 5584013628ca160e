import { Create, SimpleForm } from 'react-admin';
import { userCreateSchema } from '../../domain';
import { validateWith } from '../../lib/validate';
import { UserInputs } from './UserInputs';
import { transformUser } from './transformUser';

// Checked as it will be sent: a region left behind by a role change is dropped, not refused.
const check = validateWith(userCreateSchema);
const validate = (values: Record<string, unknown>) => check(transformUser(values));

export function UserCreate() {
  return (
    <Create transform={transformUser} redirect="show">
      <SimpleForm validate={validate} noValidate defaultValues={{ role: 'staff', disabled: false }}>
        <UserInputs creating />
      </SimpleForm>
    </Create>
  );
}
