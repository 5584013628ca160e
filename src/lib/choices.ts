/**
 * Choices for a SelectInput / SelectField from a domain enum, labelled by translation keys
 * under `app.<group>` (e.g. app.stage.signed). react-admin translates them.
 */
export const choicesOf = (group: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `app.${group}.${id}` }));
