import { COHORTS, FOCUS_AREAS, PARTNERSHIP_KINDS } from './partnership';
import { STAGES } from './stages';

/** The resources a file may bring in (decision 017): the server reads the file, the import page maps its columns. */
export const IMPORTABLE = ['cities', 'partnerships'] as const;
export type Importable = (typeof IMPORTABLE)[number];

/** What to do with a row that is already a record. */
export type Duplicates = 'update' | 'skip';
export type ImportOutcome = 'created' | 'updated' | 'skipped' | 'refused';

/** One row of the report: its line in the file (the header is line 1), what became of it, and why not. */
export interface RowReport {
  line: number;
  outcome: ImportOutcome;
  recordId?: number;
  errors?: Record<string, string>;
}
export type ImportTotals = Record<ImportOutcome, number>;

/** How a cell's text becomes the value the schema checks. */
export type FieldKind = 'text' | 'number' | 'integer' | 'date' | 'boolean' | 'list' | { choice: readonly string[] } | { choices: readonly string[] };

/**
 * The columns a file may map, per resource: the schema's fields (the same names the forms
 * use), and for partnerships the ways a row names its cities and its owner.
 */
export const IMPORT_FIELDS: Record<Importable, Record<string, FieldKind>> = {
  cities: {
    name: 'text',
    country: 'text',
    admin1: 'text',
    geonameId: 'integer',
    lat: 'number',
    lng: 'number',
    population: 'integer',
    populationYear: 'integer',
    leaderTitle: 'text',
    leaderName: 'text',
    leaderTermEnds: 'date',
    languages: 'list',
    contactName: 'text',
    contactEmail: 'text',
    contactPhone: 'text',
    website: 'text',
    sciMember: 'boolean',
    duesPaidThrough: 'date',
    notes: 'text',
  },
  partnerships: {
    africanCityId: 'integer',
    africanCityGeonameId: 'integer',
    africanCityName: 'text',
    africanCityCountry: 'text',
    africanCityAdmin1: 'text',
    usCityId: 'integer',
    usCityGeonameId: 'integer',
    usCityName: 'text',
    usCityState: 'text',
    kind: { choice: PARTNERSHIP_KINDS },
    stage: { choice: STAGES },
    stageNote: 'text',
    closedReason: 'text',
    focusAreas: { choices: FOCUS_AREAS },
    cohort: { choice: COHORTS },
    ownerEmail: 'text',
    firstContactAt: 'date',
    signedAt: 'date',
    sciRecognizedAt: 'date',
    lastActivityAt: 'date',
    nextStep: 'text',
    nextStepDue: 'date',
    notes: 'text',
  },
};
