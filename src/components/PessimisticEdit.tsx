import { Edit, type EditProps } from 'react-admin';

/**
 * Every edit page: pessimistic, so the page waits for the server and a refused save (a field
 * error, or a 409 when someone else saved first) leaves the user's input in the form with the
 * reason shown; the record's `version` travels in the payload for the server's check. A
 * successful save opens the record's page.
 */
export const PessimisticEdit = (props: EditProps) => <Edit mutationMode="pessimistic" redirect="show" {...props} />;
