import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baseNameOf, figuresCsv, reportFileName } from './figures';

describe('figuresCsv', () => {
  it('writes RFC 4180 with a byte-order mark, numbers unformatted', () => {
    const csv = figuresCsv({ header: ['Région', 'Partenariats'], rows: [['Afrique de l’Ouest', 1234], ['Nord', 0]] });
    expect(csv).toBe('\uFEFFRégion,Partenariats\r\nAfrique de l’Ouest,1234\r\nNord,0');
  });

  it('quotes commas, quotes and line breaks so the cells read back unchanged', () => {
    const rows = [['Arts, culture', 'He said "yes"', 'two\nlines', '']];
    const csv = figuresCsv({ header: ['a', 'b', 'c', 'd'], rows });
    expect(csv).toContain('"Arts, culture","He said ""yes""","two\nlines",');
    expect(Papa.parse(csv.slice(1), { newline: '\r\n' }).data).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });
});

describe('reportFileName', () => {
  it('names the panel, the date of the figures and the region', () => {
    expect(reportFileName('progress', '2026-12-05', 'Western')).toBe('500in5-progress-2026-12-05-western');
    expect(reportFileName('regions', '2026-12-05', null)).toBe('500in5-regions-2026-12-05-africa');
  });

  it('drops an extension given with the name', () => {
    expect(baseNameOf('500in5-funnel-2026-12-05-africa.csv')).toBe('500in5-funnel-2026-12-05-africa');
    expect(baseNameOf('500in5-funnel-2026-12-05-africa')).toBe('500in5-funnel-2026-12-05-africa');
  });
});
