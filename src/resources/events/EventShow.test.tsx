import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createEvent, createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

describe('an event page', { timeout: 60_000 }, () => {
  it('shows where and when it took place, who came, and the partnerships it served', async () => {
    const { african, partnership } = await createTwinning(api);
    const event = await createEvent(api, {
      title: 'Quokkaville trade mission',
      cityId: african.id,
      partnershipIds: [partnership.id],
      focusArea: 'business_trade',
      adults: 1200,
      youth: 14,
      outcome: 'Two memoranda drafted',
    });
    renderApp(`/events/${event.id}/show`, { locale: 'fr' });

    expect(await screen.findByText('Quokkaville trade mission')).toBeInTheDocument();
    expect(screen.getByText('Visite de délégation')).toBeInTheDocument();
    expect(screen.getByText('Commerce et affaires')).toBeInTheDocument();
    expect(screen.getByText(/^1\s200$/)).toBeInTheDocument();
    expect(screen.getByText('Two memoranda drafted')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Quokkaville' })).toHaveAttribute('href', `/cities/${african.id}/show`);
    expect(await screen.findByText('Quokkaville ↔ Wombat Falls')).toBeInTheDocument();
    expect(screen.getByText('Exploration')).toBeInTheDocument();
  });
});
