import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { plainValue, SECRET, type AuditEntry, type Wording } from './auditEntry';
import { kindOf } from './fieldKinds';
import { useReferenceNames } from './useReferenceNames';

function changeText(entry: AuditEntry, field: string, wording: Wording): string {
  const { before, after } = entry.changes[field]!;
  if (before === SECRET || after === SECRET) return wording.translate('app.audit.secret');
  const say = (value: unknown) => plainValue(value, kindOf(entry.resource, field), wording);
  if (entry.action === 'create') return say(after);
  if (entry.action === 'delete') return say(before);
  return `${say(before)} → ${say(after)}`;
}

/**
 * The fields one audit row changed, in plain words: the field's label as the form shows it,
 * then before → after, with names for ids and labels for keys.
 */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const entries = useMemo(() => [entry], [entry]);
  const { isLoading, nameOf } = useReferenceNames(entries);
  const fields = Object.keys(entry.changes ?? {});
  // Until the names are in, nothing rather than numbers that would then change under the eye.
  if (fields.length === 0 || isLoading) return null;
  const wording = { translate, locale, nameOf };
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {fields.map((field) => (
        <Typography component="li" variant="body2" key={field}>
          {/* Fields without a label of their own (a derived copy, say) show by their API name. */}
          <strong>{translate(`resources.${entry.resource}.fields.${field}`, { _: field })}</strong>: {changeText(entry, field, wording)}
        </Typography>
      ))}
    </Box>
  );
}
