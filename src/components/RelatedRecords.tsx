import type { ReactNode } from 'react';
import { DataTable, Pagination, ReferenceManyField, useTranslate, type SortPayload } from 'react-admin';
import { Typography } from '@mui/material';
import { ScrollBox } from './responsive/ScrollBox';

interface RelatedRecordsProps {
  /** The resource whose records point at this one, and the field that holds this record's id. */
  reference: string;
  target: string;
  sort: SortPayload;
  /** Translation key of the sentence shown when there are none yet. */
  empty: string;
  /** DataTable columns; each row opens its record. */
  children: ReactNode;
}

/** The records of another resource linked to the one on view, ten at a time, in a table (scrolling sideways on a phone). */
export function RelatedRecords({ reference, target, sort, empty, children }: RelatedRecordsProps) {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference={reference}
      target={target}
      sort={sort}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[]} />}
      empty={<Typography variant="body2">{translate(empty)}</Typography>}
    >
      <ScrollBox>
        <DataTable rowClick="show" bulkActionButtons={false}>
          {children}
        </DataTable>
      </ScrollBox>
    </ReferenceManyField>
  );
}
