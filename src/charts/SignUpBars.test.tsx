import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { giveChartsASize } from './giveChartsASize';
import { SignUpBars, type SignUpBarsLabels } from './SignUpBars';

giveChartsASize(390);

const labels: SignUpBarsLabels = { title: 'Inscriptions par semaine', bucket: 'Semaine du', count: 'Inscriptions', none: 'aucune dans cette période' };
const BUCKETS = [
  { start: '2025-12-22', signUps: 2 },
  { start: '2025-12-29', signUps: 0 },
  { start: '2026-01-05', signUps: 1200 },
];

describe('SignUpBars', () => {
  it('draws a column per week on a phone’s width, names the busy weeks and lists every week in its table, in the reader’s language', () => {
    render(<SignUpBars buckets={BUCKETS} unit="week" labels={labels} locale="fr" />);
    const thousands = (1200).toLocaleString('fr');
    const drawing = screen.getByRole('img');
    expect(drawing).toHaveAccessibleName(`Inscriptions par semaine — 22 déc. 2025: 2 et 5 janv. 2026: ${thousands}`);
    // The empty week is a gap between two columns.
    expect(drawing.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Inscriptions par semaine' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Semaine duInscriptions', '22 déc. 20252', '29 déc. 20250', `5 janv. 2026${thousands}`,
    ]);
  });

  it('says when no week had a sign-up', () => {
    render(<SignUpBars buckets={[{ start: '2026-01-01', signUps: 0 }]} unit="month" labels={{ ...labels, title: 'Inscriptions par mois' }} locale="fr" />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Inscriptions par mois — aucune dans cette période');
    expect(screen.getByRole('rowheader')).toHaveTextContent('janvier 2026');
  });
});
