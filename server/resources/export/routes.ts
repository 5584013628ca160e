import { Hono, type Context } from 'hono';
import type { RouteDeps } from '../../app';
import { ApiError } from '../../lib/errors';
import { readListQuery } from '../../lib/http';
import { EXPORT_LOCALES, translatorFor, type ExportLocale } from './catalogues';
import { csvStream } from './csv';
import { EXPORT_SOURCES } from './sources';
import { cellChunks, headerOf } from './table';
import { xlsxBytes } from './xlsx';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type Format = keyof typeof FORMATS;

function choice<T extends string>(c: Context, name: string, allowed: readonly T[]): T {
  const value = c.req.query(name) ?? allowed[0]!;
  if (!allowed.includes(value as T)) throw new ApiError(400, `The ${name} must be one of ${allowed.join(', ')}.`, { [name]: 'app.validation.choice' });
  return value as T;
}

/** "Cities" from "City |||| Cities": the sheet's title. */
const pluralOf = (label: string) => (label.split('||||')[1] ?? label).trim();

/**
 * GET /api/<list>/export?format=csv|xlsx&locale=en|fr&filter=…&sort=…: every row the list's
 * filter matches, in its sort, as a file in the user's language (decision 016). The same
 * query contract and role rule as the list; CSV streams, XLSX is zipped whole.
 */
export const exportRoutes = (deps: RouteDeps) =>
  new Hono().get('/:resource/export', async (c, next) => {
    const resource = c.req.param('resource');
    const source = Object.hasOwn(EXPORT_SOURCES, resource) ? EXPORT_SOURCES[resource] : undefined;
    if (!source) return next();
    const format = choice<Format>(c, 'format', Object.keys(FORMATS) as Format[]);
    const locale = choice<ExportLocale>(c, 'locale', EXPORT_LOCALES);
    const query = readListQuery(c, source.spec);
    source.authorize?.(c, query);
    const header = headerOf(resource, source, locale);
    const chunks = cellChunks(source, deps, query, locale);
    const headers = {
      'Content-Type': FORMATS[format],
      'Content-Disposition': `attachment; filename="${resource}-${deps.today()}.${format}"`,
      'Cache-Control': 'no-store',
    };
    if (format === 'xlsx') {
      const title = pluralOf(translatorFor(locale)(`resources.${resource}.name`));
      return c.body(await xlsxBytes(title, header, chunks), 200, headers);
    }
    const log = deps.log ?? ((message, error) => console.error(message, error));
    return c.body(csvStream(header, chunks, (error) => log(`${c.req.method} ${c.req.url} failed while streaming`, error)), 200, headers);
  });
