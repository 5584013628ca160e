/** The board report: downloads of each chart and the printed dashboard, in English (src/i18n/locales holds the other languages). */
const en = {
  dashboard: {
    report: {
      button: 'Board report',
      buttonHint: 'Print the dashboard or save it as PDF, one page per section',
      download: 'Download “%{title}”',
      png: 'Picture (PNG)',
      svg: 'Drawing (SVG)',
      csv: 'Figures (CSV)',
      failed: 'The download failed: %{reason}',
      noCanvas: 'this browser cannot draw the picture',
      footer: 'Figures as of %{date} · %{region}',
      allAfrica: 'All Africa',
    },
  },
};

export const messages = { en };
