import type { TranslateFunction } from 'react-admin';
import type { Partnership } from '../../domain';
import { columnTitle, enumCell, useCsvExporter } from '../../components/useCsvExporter';

const DATE_COLUMNS = ['firstContactAt', 'signedAt', 'sciRecognizedAt', 'lastActivityAt'] as const;

/**
 * One CSV row a person can read: column titles and stage / region / kind names in the user's
 * language, cities by name, dates as YYYY-MM-DD (which every spreadsheet sorts and parses).
 */
export function toExportRow(p: Partnership, translate: TranslateFunction): Record<string, string | number> {
  const title = columnTitle(translate, 'partnerships');
  const row: Record<string, string | number> = {
    [title('id')]: p.id,
    [title('africanCityName')]: p.africanCityName,
    [title('country')]: p.country,
    [title('usCityName')]: p.usCityName,
    [title('usState')]: p.usState,
    [title('region')]: enumCell(translate, 'region', p.region),
    [title('stage')]: enumCell(translate, 'stage', p.stage),
    [title('stalled')]: translate(p.stalled ? 'app.yes' : 'app.no'),
    [title('kind')]: enumCell(translate, 'kind', p.kind),
    [title('cohort')]: enumCell(translate, 'cohort', p.cohort),
    [title('focusAreas')]: (p.focusAreas ?? []).map((area) => translate(`app.focusArea.${area}`)).join('; '),
  };
  for (const field of DATE_COLUMNS) row[title(field)] = p[field] ?? '';
  row[title('nextStep')] = p.nextStep ?? '';
  row[title('nextStepDue')] = p.nextStepDue ?? '';
  return row;
}

/** A partnership's row names its own cities: it needs no linked records. */
const toCsvRow = (p: Partnership, _linked: unknown, translate: TranslateFunction) => toExportRow(p, translate);

/** The list's CSV export, in the user's language. */
export const usePartnershipExporter = () => useCsvExporter<Partnership>('partnerships', toCsvRow);
