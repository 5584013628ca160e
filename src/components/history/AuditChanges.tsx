import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { plainValue, SECRET, type AuditEntry } from './auditEntry';

/** The fields one audit row changed: the field's label, then before → after. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const translate = useTranslate();
  const words = { none: translate('app.none'), yes: translate('app.yes'), no: translate('app.no') };
  const fields = Object.entries(entry.changes ?? {});
  if (fields.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {fields.map(([field, { before, after }]) => {
        // Fields without a label of their own (a derived copy, say) show by their API name.
        const label = translate(`resources.${entry.resource}.fields.${field}`, { _: field });
        const change =
          before === SECRET || after === SECRET
            ? translate('app.audit.secret')
            : entry.action === 'create'
              ? plainValue(after, words)
              : entry.action === 'delete'
                ? plainValue(before, words)
                : `${plainValue(before, words)} → ${plainValue(after, words)}`;
        return (
          <Typography component="li" variant="body2" key={field}>
            <strong>{label}</strong>: {change}
          </Typography>
        );
      })}
    </Box>
  );
}
