import { foldText } from '../../domain';
import { IMPORT_FIELDS, type Importable } from '../../domain/importFields';
import { catalogues } from '../../i18n/allCatalogues';

export type Mapping = Record<string, string>;

/** The translation key of a field's label: the form's own where the form has the field. */
export function labelKey(resource: Importable, field: string): string {
  const formLabel = `resources.${resource}.fields.${field}`;
  return lookup(catalogues.en, formLabel) === undefined ? `app.import.fields.${field}` : formLabel;
}

function lookup(catalogue: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);
}

const comparable = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

/** The names a header may give a field: the field's own, and its label in each language of the app. */
function namesOf(resource: Importable, field: string): Set<string> {
  const labels = Object.values(catalogues).map((catalogue) => lookup(catalogue, labelKey(resource, field)));
  return new Set([field, ...labels].filter((name): name is string => typeof name === 'string').map(comparable));
}

/** Each field a header names, in any language of the app. */
export function suggestMapping(resource: Importable, headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  for (const field of Object.keys(IMPORT_FIELDS[resource])) {
    const names = namesOf(resource, field);
    const header = headers.find((candidate) => names.has(comparable(candidate)));
    if (header !== undefined) mapping[field] = header;
  }
  return mapping;
}

const storageKey = (resource: Importable) => `500in5.importMapping.${resource}`;

/** The mapping last used for this resource, kept to the headers this file has; else the suggestion. */
export function initialMapping(resource: Importable, headers: readonly string[]): Mapping {
  let remembered: Mapping = {};
  try {
    remembered = JSON.parse(localStorage.getItem(storageKey(resource)) ?? '{}') as Mapping;
  } catch {
    // A mapping that cannot be read is as good as none.
  }
  const kept = Object.entries(remembered).filter(([field, header]) => field in IMPORT_FIELDS[resource] && headers.includes(header));
  return { ...suggestMapping(resource, headers), ...Object.fromEntries(kept) };
}

export function rememberMapping(resource: Importable, mapping: Mapping) {
  localStorage.setItem(storageKey(resource), JSON.stringify(mapping));
}
