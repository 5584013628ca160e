import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PIPELINE } from '../../domain';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership } from '../../../tests/setup/testRecords';
import { cardIn, COORDINATOR, forgetWatchers, PAIR, watchPuts, withTeam } from './boardTesting';

const api = useMockApi({ data: withTeam });
forgetWatchers(api);

const fullApp = { timeout: 40_000 };
const SPACE = 32;
const ARROW_RIGHT = 39;
const ARROW_LEFT = 37;

const rect = (x: number, width: number, height: number) => DOMRect.fromRect({ x, y: 0, width, height });

/**
 * jsdom lays nothing out, and the drag-and-drop library finds the column to the right by
 * geometry: each column is given a box side by side (and each card one inside it).
 */
/** A column's left edge: the stages side by side, in pipeline order. */
const columnX = (element: Element) => {
  const stage = element.closest('[data-rfd-droppable-id]')?.getAttribute('data-rfd-droppable-id');
  return (PIPELINE as readonly string[]).indexOf(stage ?? '') * 300;
};

function layOutColumns() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.hasAttribute('data-rfd-droppable-id')) return rect(columnX(this), 280, 800);
    if (this.hasAttribute('data-rfd-draggable-id')) return rect(columnX(this), 280, 120);
    return rect(0, 4000, 2000);
  });
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(4000);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(2000);
}

describe('the board with the keyboard', fullApp, () => {
  it('drags a card to the next column with Space, an arrow and Space', async () => {
    layOutColumns();
    const { partnership } = await createPartnership(api, { stage: 'exploring' });
    renderApp('/board');
    const card = await cardIn('Exploring');
    const puts = watchPuts(api);

    act(() => card.focus());
    // The library reads keyCode, which user-event leaves at 0.
    fireEvent.keyDown(card, { keyCode: SPACE });
    await screen.findByText(/You have lifted an item/);
    fireEvent.keyDown(card, { keyCode: ARROW_RIGHT });
    await screen.findByText(/to list proposal/);
    fireEvent.keyDown(card, { keyCode: SPACE });

    await waitFor(async () => expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'proposal', version: 2 }));
    expect(await cardIn('Proposal')).toBeInTheDocument();
    expect(puts).toHaveLength(1);
  });

  it('puts back a card the rule refuses, says why, and sends nothing', async () => {
    layOutColumns();
    const { partnership } = await createPartnership(api, { stage: 'signed', signedAt: '2026-05-01' });
    await api.signIn(COORDINATOR);
    renderApp('/board');
    const card = await cardIn('Signed');
    const puts = watchPuts(api);

    act(() => card.focus());
    fireEvent.keyDown(card, { keyCode: SPACE });
    await screen.findByText(/You have lifted an item/);
    fireEvent.keyDown(card, { keyCode: ARROW_LEFT });
    await screen.findByText(/to list approvals/);
    fireEvent.keyDown(card, { keyCode: SPACE });

    expect(await screen.findByText(/Only staff or an admin can set a signed agreement back before signature/)).toBeInTheDocument();
    expect(await cardIn('Signed')).toBeInTheDocument();
    expect(puts).toEqual([]);
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'signed', version: 1 });
  });

  it('opens the partnership from its card with Enter', async () => {
    await createPartnership(api, { stage: 'exploring' });
    const user = userEvent.setup();
    renderApp('/board');
    const card = await cardIn('Exploring');

    act(() => card.focus());
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('table', { name: 'Stage history' })).toBeInTheDocument();
    expect(screen.queryByText(PAIR, { selector: 'a' })).not.toBeInTheDocument();
  });
});
