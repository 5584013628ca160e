import { useCallback } from 'react';
import { defaultExporter, useTranslate, type Exporter, type RaRecord, type TranslateFunction } from 'react-admin';
import type { CityNames, PartnershipNames } from '../lib/linkLabels';

/** The names of the cities and partnerships the exported records link to, by id. */
export interface LinkedNames {
  cities: Record<number, CityNames>;
  partnerships: Record<number, PartnershipNames>;
}

/** Where the exported records keep the ids of the cities and partnerships they link to. */
export interface LinkFields {
  cities?: string;
  partnerships?: string;
}

export type ToCsvRow<R> = (record: R, linked: LinkedNames, translate: TranslateFunction) => Record<string, unknown>;

/** A column's title: the resource's label for the field, in the user's language. */
export const columnTitle = (translate: TranslateFunction, resource: string) => (field: string) =>
  translate(`resources.${resource}.fields.${field}`);

/** An enum value's label for a cell (`app.<group>.<value>`); an empty cell for no value. */
export const enumCell = (translate: TranslateFunction, group: string, value: string | null | undefined) =>
  value ? translate(`app.${group}.${value}`) : '';

/**
 * A list's CSV export that a person can read: `toRow` (a stable, module-level function)
 * turns each record into titled cells in the user's language, given the names of the cities
 * and partnerships named by `links` — fetched in one request per resource, not one per row.
 */
export function useCsvExporter<R extends RaRecord>(resource: string, toRow: ToCsvRow<R>, links: LinkFields = {}): Exporter<R> {
  const translate = useTranslate();
  const { cities: cityField, partnerships: partnershipField } = links;
  return useCallback<Exporter<R>>(
    async (records, fetchRelatedRecords, dataProvider) => {
      const [cities, partnerships] = await Promise.all([
        cityField ? fetchRelatedRecords<CityNames>(records, cityField, 'cities') : {},
        partnershipField ? fetchRelatedRecords<PartnershipNames>(records, partnershipField, 'partnerships') : {},
      ]);
      const rows = records.map((record) => toRow(record, { cities, partnerships }, translate));
      return defaultExporter(rows, fetchRelatedRecords, dataProvider, resource);
    },
    [translate, resource, toRow, cityField, partnershipField],
  );
}
