import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FocusAreaChart, type FocusAreaChartLabels } from './FocusAreaChart';
import { giveChartsASize } from './giveChartsASize';

giveChartsASize();

const labels: FocusAreaChartLabels = {
  title: 'Par domaine',
  category: 'Domaine',
  count: 'Comptés',
  focusArea: {
    arts_culture: 'Arts',
    business_trade: 'Commerce',
    community_development: 'Développement',
    youth_education: 'Jeunesse',
  },
};

describe('FocusAreaChart', () => {
  it('shows every focus area with its count, in the reader’s language', () => {
    render(
      <FocusAreaChart
        data={{ arts_culture: 14, business_trade: 2300, community_development: 0, youth_education: 41 }}
        labels={labels}
        locale="fr"
      />,
    );
    const drawing = screen.getByRole('img');
    const thousands = (2300).toLocaleString('fr');
    expect(drawing).toHaveAccessibleName(`Par domaine — Arts 14, Commerce ${thousands}, Développement 0 et Jeunesse 41`);
    // The drawing's text breaks on any space, so French's narrow space reads as a plain one there.
    expect(within(drawing).getByText(thousands.replace(/\s/g, ' '))).toBeInTheDocument();
    expect(within(drawing).getByText('Jeunesse')).toBeInTheDocument();
  });
});
