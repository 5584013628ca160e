import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createProgram, createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe('the program list', { timeout: 60_000 }, () => {
  it('finds programs by text and narrows them by status', async () => {
    const { african, us, partnership } = await createTwinning(api);
    await createProgram(api, {
      title: 'Quokka youth homestay',
      kind: 'j1_homestay',
      status: 'open',
      partnershipIds: [partnership.id],
      cityIds: [african.id, us.id],
      youth: 18,
      deadline: '2027-02-15',
    });
    await createProgram(api, { title: 'Quokka artists showcase', kind: 'young_artists_authors', status: 'completed', cycleYear: 2024 });
    const user = userEvent.setup();
    renderApp('/programs');

    await user.click(await screen.findByPlaceholderText('Search'));
    await user.paste('quokka');
    await screen.findByText('Quokka artists showcase');
    const homestay = rowOf('Quokka youth homestay');
    expect(within(homestay).getByText('J-1 High School Homestay')).toBeInTheDocument();
    expect(within(homestay).getByText('Open')).toBeInTheDocument();
    expect(within(homestay).getByText('– adults · 18 youth')).toBeInTheDocument();
    expect(within(homestay).getByText('Feb 15, 2027')).toBeInTheDocument();
    expect(within(homestay).getByText('2')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Completed' }));
    await screen.findByText('1-1 of 1');
    expect(screen.getByText('Quokka artists showcase')).toBeInTheDocument();
    expect(screen.queryByText('Quokka youth homestay')).not.toBeInTheDocument();
  });

  it('shows the programs of one partnership in one cycle', async () => {
    const { partnership } = await createTwinning(api);
    await createProgram(api, { title: 'Summit delegates 2026', cycleYear: 2026, partnershipIds: [partnership.id] });
    await createProgram(api, { title: 'Summit delegates 2025', cycleYear: 2025, partnershipIds: [partnership.id] });
    await createProgram(api, { title: 'Summit of nobody 2026', cycleYear: 2026 });
    const filter = { partnershipIds: partnership.id, cycleYear: 2026 };
    renderApp(`/programs?filter=${encodeURIComponent(JSON.stringify(filter))}`);

    expect(await screen.findByText('Summit delegates 2026')).toBeInTheDocument();
    expect(screen.getByText('1-1 of 1')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Quokkaville ↔ Wombat Falls')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Cycle year' })).toHaveValue(2026);
  });
});
