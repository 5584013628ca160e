import { SimpleForm } from 'react-admin';
import { userUpdateSchema } from '../../domain';
import { KEEP_TYPED_ON_RELOAD, PessimisticEdit } from '../../components/PessimisticEdit';
import { validateWith } from '../../lib/validate';
import { UserInputs } from './UserInputs';
import { transformUser } from './transformUser';

// Checked as it will be sent: a region left behind by a role change is dropped, not refused.
const check = validateWith(userUpdateSchema);
const validate = (values: Record<string, unknown>) => check(transformUser(values));

export function UserEdit() {
  return (
    <PessimisticEdit transform={transformUser}>
      <SimpleForm validate={validate} resetOptions={KEEP_TYPED_ON_RELOAD} noValidate>
        <UserInputs creating={false} />
      </SimpleForm>
    </PessimisticEdit>
  );
}
