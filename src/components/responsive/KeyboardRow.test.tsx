import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

const api = useMockApi({ data: emptyPipeline });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

describe('a list row from the keyboard', fullApp, () => {
  it('is in the tab order and opens its record with Enter', async () => {
    await createPartnership(api);
    const user = userEvent.setup();
    renderApp('/partnerships');
    const row = await screen.findByRole('row', { name: /Kalimbeza/ });
    expect(row).toHaveAttribute('tabindex', '0');

    act(() => row.focus());
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kalimbeza ↔ Marlow Springs' })).toBeInTheDocument();
  });

  it('leaves Enter on a link inside the row to the link', async () => {
    await createPartnership(api);
    const user = userEvent.setup();
    renderApp('/partnerships');
    const cityLink = await screen.findByRole('link', { name: 'Kalimbeza' });

    act(() => cityLink.focus());
    await user.keyboard('{Enter}');

    // The city's page, not the partnership's.
    expect(await screen.findByRole('region', { name: 'Identity' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /↔/ })).not.toBeInTheDocument();
  });

  it('reaches the row by Tab from the control before it', async () => {
    await createPartnership(api);
    const user = userEvent.setup();
    renderApp('/partnerships');
    const row = await screen.findByRole('row', { name: /Kalimbeza/ });
    const lastHeader = screen.getAllByRole('columnheader').at(-1)!;
    act(() => lastHeader.querySelector<HTMLElement>('[role="button"], button')!.focus());

    await user.tab();

    expect(row).toHaveFocus();
  });

  it('holds a selection box named for what it does, which selects the row without opening it', async () => {
    await createPartnership(api);
    const user = userEvent.setup();
    renderApp('/partnerships');
    const box = await screen.findByRole('checkbox', { name: 'Select this row' });

    await user.click(box);

    expect(box).toBeChecked();
    expect(await screen.findByText('1 item selected')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /↔/ })).not.toBeInTheDocument();
  });
});
