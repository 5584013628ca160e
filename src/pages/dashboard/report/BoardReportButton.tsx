import { Button, Tooltip } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslate } from 'react-admin';
import { REPORT_LAYOUT } from './printStyles';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function printReport() {
  // The charts measure their cards and redraw, which printing alone would not let them do.
  document.body.classList.add(REPORT_LAYOUT);
  window.addEventListener('afterprint', () => document.body.classList.remove(REPORT_LAYOUT), { once: true });
  await nextFrame();
  await nextFrame();
  window.print();
}

/**
 * Opens the browser's print dialog on the dashboard, laid out as the board report: the user
 * prints it or saves it as PDF there. Nothing is rendered on the server.
 */
export function BoardReportButton() {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('dashboard.report.buttonHint')} describeChild>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => void printReport()} sx={{ flexShrink: 0, bgcolor: 'background.paper' }}>
        {translate('dashboard.report.button')}
      </Button>
    </Tooltip>
  );
}
