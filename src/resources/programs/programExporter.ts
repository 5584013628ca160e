import type { TranslateFunction } from 'react-admin';
import type { Program } from '../../domain/program';
import { columnTitle, enumCell, useCsvExporter, type LinkedNames } from '../../components/useCsvExporter';
import { cityLabel, namesOf, partnershipPair } from '../../lib/linkLabels';

/** One CSV row a person can read: column titles and names in the user's language, links by name. */
export function toProgramExportRow(program: Program, linked: LinkedNames, translate: TranslateFunction) {
  const title = columnTitle(translate, 'programs');
  return {
    [title('id')]: program.id,
    [title('title')]: program.title,
    [title('kind')]: enumCell(translate, 'programKind', program.kind),
    [title('cycleYear')]: program.cycleYear,
    [title('status')]: enumCell(translate, 'programStatus', program.status),
    [title('deadline')]: program.deadline ?? '',
    [title('partnershipIds')]: namesOf(program.partnershipIds, linked.partnerships, partnershipPair),
    [title('cityIds')]: namesOf(program.cityIds, linked.cities, cityLabel),
    [title('focusArea')]: enumCell(translate, 'focusArea', program.focusArea),
    [title('adults')]: program.adults ?? '',
    [title('youth')]: program.youth ?? '',
    [title('notes')]: program.notes ?? '',
  };
}

const links = { cities: 'cityIds', partnerships: 'partnershipIds' };

/** The list's CSV export, in the user's language. */
export const useProgramExporter = () => useCsvExporter<Program>('programs', toProgramExportRow, links);
