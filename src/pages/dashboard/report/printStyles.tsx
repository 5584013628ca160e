import { GlobalStyles } from '@mui/material';

/** A part of the dashboard that starts a page of its own when printed (each chart card). */
export const REPORT_SECTION = 'report-section';
/** Shown on paper only: the footer with the date, the region and the counting rule. */
export const REPORT_FOOTER = 'report-footer';

/** On screen while the print dialog is open: the charts redraw at the width they print at. */
export const REPORT_LAYOUT = 'report-layout';

/** Room at the bottom of every page for the footer, which repeats there. */
const FOOTER_HEIGHT = '22mm';

/** Cards side by side on screen each take the page's width, so each chart is drawn at print width. */
const cardsFullWidth = {
  [`.MuiGrid-container:has(.${REPORT_SECTION})`]: { display: 'block !important' },
  [`.MuiGrid-root:has(> .${REPORT_SECTION})`]: { width: '100% !important', maxWidth: 'none !important', marginBottom: '16px' },
};

/**
 * The board report is the dashboard printed (decision 031): no app bar, menu, buttons or
 * selects; the headline figures in one row on the first page, then one chart per page at the
 * page's width; the footer on every page (a fixed element repeats on each printed page).
 */
const printStyles = {
  '@page': { size: 'A4 landscape', margin: '12mm' },
  [`.${REPORT_FOOTER}`]: { display: 'none' },
  [`body.${REPORT_LAYOUT}`]: { ...cardsFullWidth, [`.${REPORT_SECTION}`]: { maxWidth: '1032px' } },
  '@media print': {
    [[
      '.MuiAppBar-root',
      '.RaSidebar-root',
      '.MuiDrawer-root',
      '.MuiButtonBase-root',
      '.MuiTextField-root',
      '.MuiLinearProgress-root',
      '.MuiSnackbar-root',
      '.RaLayout-content > footer',
    ].join(', ')]: { display: 'none !important' },
    'html, body, #root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': { background: '#fff !important' },
    '.RaLayout-appFrame': { marginTop: '0 !important' },
    '.RaLayout-content': { padding: '0 !important' },
    // The headline figures side by side, as on a wide screen: the first page holds them all.
    [`.RaLayout-content .MuiGrid-container:not(:has(.${REPORT_SECTION})) > .MuiGrid-root`]: { flex: '1 1 0 !important', maxWidth: 'none !important' },
    ...cardsFullWidth,
    [`.${REPORT_SECTION}`]: { breakBefore: 'page', breakInside: 'avoid', paddingBottom: FOOTER_HEIGHT, maxWidth: 'none !important' },
    [`.${REPORT_SECTION} .MuiCard-root`]: { border: 'none' },
    [`.${REPORT_FOOTER}`]: {
      display: 'block',
      position: 'fixed',
      left: 0,
      right: 0,
      bottom: 0,
      height: FOOTER_HEIGHT,
      margin: '0 !important',
      paddingTop: '2mm',
      borderTop: '1px solid #999',
      background: '#fff',
    },
  },
};

export const ReportPrintStyles = () => <GlobalStyles styles={printStyles} />;
