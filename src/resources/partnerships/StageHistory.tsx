import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../components/fields';
import type { Partnership, StageChange } from '../../domain';
import { StageLabel } from '../../components/StageChip';
import { ScrollBox } from '../../components/responsive/ScrollBox';
import { Section } from '../../components/Section';

/**
 * Newest first: what a reader asks is "what happened last". The history is kept in the order
 * it happened, which settles changes recorded at the same instant.
 */
export const newestFirst = (history: readonly StageChange[]) =>
  history.toReversed().sort((a, b) => b.at.localeCompare(a.at));

/** Every change of stage the partnership went through: when, by whom, and why. */
export function StageHistory() {
  const record = useRecordContext<Partnership>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const history = newestFirst(record?.stageHistory ?? []);
  const title = (key: string) => translate(`resources.partnerships.history.${key}`);
  return (
    <Section title="resources.partnerships.sections.history">
      {history.length === 0 ? (
        <Typography variant="body2">{title('empty')}</Typography>
      ) : (
        <ScrollBox>
          <Table size="small" aria-label={translate('resources.partnerships.sections.history')}>
            <TableHead>
              <TableRow>
                <TableCell>{title('stage')}</TableCell>
                <TableCell>{title('at')}</TableCell>
                <TableCell>{title('by')}</TableCell>
                <TableCell>{title('note')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {history.map((change) => (
                <TableRow key={`${change.at}-${change.stage}`}>
                  <TableCell>
                    <StageLabel stage={change.stage} />
                  </TableCell>
                  <TableCell>{formatDate(change.at.slice(0, 10), locale)}</TableCell>
                  <TableCell>{change.byName ?? translate('app.none')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{change.note ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      )}
    </Section>
  );
}
