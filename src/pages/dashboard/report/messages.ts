/** The board report: downloads of each chart and the printed dashboard, English and French (same keys). */
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

const fr: typeof en = {
  dashboard: {
    report: {
      button: 'Rapport au conseil',
      buttonHint: 'Imprimer le tableau de bord ou l’enregistrer en PDF, une page par section',
      download: 'Télécharger « %{title} »',
      png: 'Image (PNG)',
      svg: 'Dessin (SVG)',
      csv: 'Chiffres (CSV)',
      failed: 'Le téléchargement a échoué : %{reason}',
      noCanvas: 'ce navigateur ne sait pas dessiner l’image',
      footer: 'Chiffres au %{date} · %{region}',
      allAfrica: 'Toute l’Afrique',
    },
  },
};

export const messages = { en, fr };
