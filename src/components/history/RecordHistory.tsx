import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useLocaleState, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { Section } from '../Section';
import { formatDate } from '../fields';
import { AuditChanges } from './AuditChanges';
import type { AuditEntry } from './auditEntry';

const NEWEST_FIRST = { field: 'at', order: 'DESC' } as const;
const PAGE = { page: 1, perPage: 100 };

/**
 * The History of the record on view: every create and change, newest first, with who made it
 * and each field before → after. Every signed-in user may read a record's history.
 */
export function RecordHistory() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGetList<AuditEntry>(
    'audit',
    { filter: { resource, recordId: record?.id }, sort: NEWEST_FIRST, pagination: PAGE },
    { enabled: record !== undefined && resource !== undefined },
  );
  if (!record || isPending) return null;
  return (
    <Section title="app.history.title">
      {error ? (
        <Typography variant="body2" color="error">
          {translate(error.message, { _: translate('app.error.server') })}
        </Typography>
      ) : data?.length ? (
        <MuiList dense disablePadding aria-label={translate('app.history.title')}>
          {data.map((entry) => (
            <ListItem key={entry.id} disableGutters alignItems="flex-start" divider>
              <ListItemText
                primary={`${translate(`app.audit.action.${entry.action}`)} · ${translate('app.history.by', {
                  when: formatDate(entry.at, locale, true),
                  who: entry.userName ?? translate('app.history.system'),
                })}`}
                secondary={<AuditChanges entry={entry} />}
                slotProps={{ secondary: { component: 'div' } }}
              />
            </ListItem>
          ))}
        </MuiList>
      ) : (
        <Typography variant="body2">{translate('app.history.empty')}</Typography>
      )}
    </Section>
  );
}
