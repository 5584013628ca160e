import { useId, useState, type MouseEvent } from 'react';
import { Button, useListContext, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { CircularProgress, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { fetchExport, saveFile, type ExportFormat } from './downloadExport';

const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/**
 * Export of the whole list as the user sees it filtered and sorted, as CSV or XLSX, in the
 * user's language: the server writes every matching row (decision 016), not only this page.
 */
export function ExportMenu() {
  const { resource, filterValues, sort, total } = useListContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [running, setRunning] = useState(false);

  async function download(format: ExportFormat) {
    setAnchor(null);
    setRunning(true);
    try {
      saveFile(await fetchExport({ resource, format, locale, filter: filterValues, sort }));
      notify('app.export.done', { type: 'info' });
    } catch (error) {
      notify('app.export.failed', { type: 'error', messageArgs: { reason: translate((error as Error).message, { _: (error as Error).message }) } });
    } finally {
      setRunning(false);
    }
  }

  return (
    <>
      <Button
        label={running ? 'app.export.running' : 'app.export.button'}
        // Not disabled while running: a disabled button would drop the keyboard user's focus.
        onClick={(event: MouseEvent<HTMLButtonElement>) => running || setAnchor(event.currentTarget)}
        disabled={total === 0}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-busy={running}
      >
        {running ? <CircularProgress size={18} aria-hidden /> : <DownloadIcon />}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {FORMATS.map((format) => (
          <MenuItem key={format} onClick={() => download(format)}>
            {translate(`app.export.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
