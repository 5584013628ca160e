import Papa from 'papaparse';
import type { AuRegion } from '../../../domain';

/** A panel's figures as a table: what its CSV download holds, unformatted (numbers as numbers). */
export interface ChartFigures {
  /** The file's name without its extension, e.g. from `reportFileName`. */
  fileName: string;
  header: string[];
  rows: Array<Array<string | number>>;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180 (CRLF, quotes where needed, doubled inside), UTF-8 with a byte-order mark so Excel reads accents right. */
export function figuresCsv({ header, rows }: Pick<ChartFigures, 'header' | 'rows'>): string {
  return BYTE_ORDER_MARK + Papa.unparse([header, ...rows], { newline: '\r\n' });
}

/**
 * The name every download of a panel shares, e.g. `500in5-progress-2026-12-05-western`: the
 * date the figures stand at and the region, so files from different days or regions never mix.
 */
export function reportFileName(panel: string, asOf: string, region: AuRegion | null): string {
  return `500in5-${panel}-${asOf}-${region ? region.toLowerCase() : 'africa'}`;
}

/** A name given with an extension (a panel may pass `….csv`) loses it: each format adds its own. */
export const baseNameOf = (fileName: string) => fileName.replace(/\.(csv|png|svg)$/i, '');
