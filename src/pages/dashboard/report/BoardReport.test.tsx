import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { giveChartsASize } from '../../../charts/giveChartsASize';
import { MOCK_TODAY, useMockApi } from '../../../../tests/setup/mockApi';
import { renderApp } from '../../../../tests/setup/renderApp';

useMockApi();
// App.tsx loads the dashboard lazily; loading its module once here keeps each test's waits short.
beforeAll(() => import('../Dashboard'));

const LAZY_LOAD = { timeout: 15_000 };
const CARDS = ['Counted partnerships, year by year', 'Pipeline by stage', 'Counted by AU region', 'Counted by focus area'];
const en = (value: number) => new Intl.NumberFormat('en').format(value);

/** The files the page hands to the browser's downloads. */
function captureDownloads() {
  const files: File[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((file) => {
    files.push(file as File);
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return files;
}

const textOf = async (file: File) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());

// In a row, the head comes before the cells: the file's order.
const CELL_ROLES = ['columnheader', 'rowheader', 'cell'] as const;

/** Every row of a card's figure tables as the screen shows them: heads, then cells. */
function rowsShown(card: HTMLElement): string[][] {
  return within(card)
    .getAllByRole('table')
    .flatMap((table, index) =>
      within(table)
        .getAllByRole('row')
        // A card of several tables (pipeline, exits) shows its column heads once in the file.
        .slice(index === 0 ? 0 : 1)
        .map((row) => CELL_ROLES.flatMap((role) => within(row).queryAllByRole(role)).map((cell) => cell.textContent ?? '')),
    );
}

/** The CSV's rows written as the table writes them: numbers with separators, years to come as a dash. */
function rowsOfCsv(text: string): string[][] {
  const { data } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  return data.map((row, index) => (index === 0 ? row : row.map((cell) => (cell === '' ? '—' : /^\d+$/.test(cell) ? en(Number(cell)) : cell))));
}

async function openDownloads(user: ReturnType<typeof userEvent.setup>, title: string) {
  const card = await screen.findByRole('region', { name: title }, LAZY_LOAD);
  await user.click(within(card).getByRole('button', { name: `Download “${title}”` }));
  return card;
}

describe('the board report', () => {
  let files: File[];
  beforeEach(() => {
    files = captureDownloads();
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers each chart as PNG and SVG and its figures as CSV, by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/progress');
    await screen.findByRole('region', { name: CARDS[0] }, LAZY_LOAD);
    for (const title of CARDS) {
      const button = within(screen.getByRole('region', { name: title })).getByRole('button', { name: `Download “${title}”` });
      act(() => button.focus());
      await user.keyboard('{Enter}');
      const menu = await screen.findByRole('menu');
      expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Picture (PNG)', 'Drawing (SVG)', 'Figures (CSV)']);
      await user.keyboard('{Escape}');
      await waitFor(() => expect(button).toHaveFocus());
    }
  });

  it.each([
    { title: 'Counted by AU region', view: 'all of Africa', region: null, fileName: `500in5-regions-${MOCK_TODAY}-africa.csv` },
    { title: 'Counted by focus area', view: 'all of Africa', region: null, fileName: `500in5-focus-areas-${MOCK_TODAY}-africa.csv` },
    { title: 'Pipeline by stage', view: 'all of Africa', region: null, fileName: `500in5-stages-${MOCK_TODAY}-africa.csv` },
    { title: 'Counted partnerships, year by year', view: 'Western Africa', region: 'Western', fileName: `500in5-progress-${MOCK_TODAY}-western.csv` },
  ])('downloads the figures of $title for $view as the card shows them', async ({ title, region, fileName }) => {
    const user = userEvent.setup();
    renderApp(region ? `/progress?region=${region}` : '/progress');
    const card = await openDownloads(user, title);
    await user.click(await screen.findByRole('menuitem', { name: 'Figures (CSV)' }));

    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files;
    expect(file!.name).toBe(fileName);
    expect(file!.type).toBe('text/csv;charset=utf-8');
    const text = await textOf(file!);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(rowsOfCsv(text)).toEqual(rowsShown(card));
  });

  describe('with room to draw its charts', () => {
    giveChartsASize();

    it('downloads a chart as one standalone SVG file with its words', async () => {
      const user = userEvent.setup();
      renderApp('/progress');
      const card = await screen.findByRole('region', { name: CARDS[0] }, LAZY_LOAD);
      await within(card).findByText('Today');
      await openDownloads(user, CARDS[0]!);
      await user.click(await screen.findByRole('menuitem', { name: 'Drawing (SVG)' }));

      await waitFor(() => expect(files).toHaveLength(1));
      expect(files[0]!.name).toBe(`500in5-progress-${MOCK_TODAY}-africa.svg`);
      expect(files[0]!.type).toBe('image/svg+xml');
      const svg = new DOMParser().parseFromString(await textOf(files[0]!), 'image/svg+xml');
      expect(svg.querySelector('parsererror')).toBeNull();
      expect(svg.querySelector('title')?.textContent).toBe(CARDS[0]);
      const words = [...svg.querySelectorAll('text')].map((text) => text.textContent);
      expect(words).toEqual(expect.arrayContaining(['Today', 'Target']));
    });
  });

  it('opens the browser’s print dialog from the Board report button, the charts laid out for paper first', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/progress');
    await user.click(await screen.findByRole('button', { name: 'Board report' }, LAZY_LOAD));

    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(document.body).toHaveClass('report-layout');
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(document.body).not.toHaveClass('report-layout');
  });

  it('puts the date, the region and the counting rule at the foot of the printed pages only', async () => {
    renderApp('/progress?region=Western');
    await screen.findByRole('region', { name: CARDS[0] }, LAZY_LOAD);
    const footerText = 'Figures as of Nov 28, 2026 · Western Africa';
    expect(screen.queryByText(footerText)).not.toBeInTheDocument();

    act(() => window.dispatchEvent(new Event('beforeprint')));
    const footer = screen.getByText(footerText).closest('footer')!;
    expect(footer).toHaveTextContent(
      'A partnership counts toward 500 when it belongs to the 500 in 5 cohort, was signed between Mar 1, 2023 and Feb 29, 2028, and is signed, active or dormant today.',
    );
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByText(footerText)).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    const user = userEvent.setup();
    renderApp('/progress', { locale: 'fr' });
    expect(await screen.findByRole('button', { name: 'Rapport au conseil' }, LAZY_LOAD)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Télécharger « Comptés par région de l’UA »' }, LAZY_LOAD));
    // Within the menu: until it opens, the app's own menu items are menu items too.
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Image (PNG)', 'Dessin (SVG)', 'Chiffres (CSV)']);
  });
});
