import { Alert, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Importable, RowReport, Totals } from './importApi';
import { labelKey } from './mapping';

/** The totals of a dry run, and every error of every refused row, in the forms' words. */
export function DryRunReport({ resource, totals, report }: { resource: Importable; totals: Totals; report: readonly RowReport[] }) {
  const translate = useTranslate();
  const errors = report.flatMap((row) => Object.entries(row.errors ?? {}).map(([field, key]) => ({ line: row.line, field, key })));
  return (
    <>
      <Typography component="output">{translate('app.import.totals', totals)}</Typography>
      {errors.length === 0 ? (
        <Alert severity="success">{translate('app.import.noErrors')}</Alert>
      ) : (
        <TableContainer sx={{ maxHeight: 360 }}>
          <Table size="small" stickyHeader aria-label={translate('app.import.errors')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.import.line')}</TableCell>
                <TableCell>{translate('app.import.field')}</TableCell>
                <TableCell>{translate('app.import.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {errors.map(({ line, field, key }) => (
                <TableRow key={`${line}-${field}`}>
                  <TableCell>{line}</TableCell>
                  <TableCell>{translate(field === '_' ? 'app.import.row' : labelKey(resource, field))}</TableCell>
                  <TableCell>{translate(key)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
