/** The Export control of every list (decision 016), in English (src/i18n/locales holds the other languages). */
const en = {
  app: {
    export: {
      button: 'Export',
      running: 'Exporting…',
      csv: 'CSV (comma-separated)',
      xlsx: 'Excel workbook (XLSX)',
      done: 'The export is downloaded.',
      failed: 'The export failed: %{reason}',
    },
  },
};

export const messages = { en };
