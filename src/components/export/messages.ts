/** The Export control of every list (decision 016), English and French (same keys in both). */
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

const fr: typeof en = {
  app: {
    export: {
      button: 'Exporter',
      running: 'Export en cours…',
      csv: 'CSV (séparé par des virgules)',
      xlsx: 'Classeur Excel (XLSX)',
      done: 'L’export est téléchargé.',
      failed: 'L’export a échoué : %{reason}',
    },
  },
};

export const messages = { en, fr };
