import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';

/** The resources whose changes the log records, named as their menus name them. */
const AUDITED = ['cities', 'partnerships', 'events', 'programs', 'users', 'settings'] as const;
const resourceChoices = AUDITED.map((id) => ({ id, name: `resources.${id}.name` }));
const actionChoices = (['create', 'update', 'delete'] as const).map((id) => ({ id, name: `app.audit.action.${id}` }));

/** Narrow the log by what was changed, how, and by whom. */
export const auditFilters = [
  <SelectInput key="resource" source="resource" choices={resourceChoices} translateChoice alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <AutocompleteInput label="resources.audit.fields.userId" optionText="fullName" />
  </ReferenceInput>,
];
