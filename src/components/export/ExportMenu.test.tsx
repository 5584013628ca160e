import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

const api = useMockApi();
const fullApp = { timeout: 40_000 };

/** The files the page hands to the browser's downloads. */
function captureDownloads() {
  const files: File[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((file) => {
    files.push(file as File);
    return 'blob:export';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return files;
}

describe('the Export control of a list', fullApp, () => {
  let files: File[];
  beforeEach(() => {
    files = captureDownloads();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads every city the filter matches as CSV, by keyboard, in French', async () => {
    const southern = await api.all('cities', { region: 'Southern' });
    const user = userEvent.setup();
    renderApp('/cities?filter=%7B%22region%22%3A%22Southern%22%7D', { locale: 'fr' });
    await screen.findByText(`1-25 sur ${southern.length}`);

    act(() => screen.getByRole('button', { name: 'Exporter' }).focus());
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (séparé par des virgules)' }));

    expect(await screen.findByText('L’export est téléchargé.')).toBeInTheDocument();
    // Focus goes back to the control once the export is done: the keyboard user carries on from there.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Exporter' })).toHaveFocus());
    const [file] = files;
    expect(file!.name).toMatch(/^cities-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file!.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(data).toHaveLength(southern.length);
    expect(new Set(data.map((row) => row['Région']))).toEqual(new Set(['Afrique australe']));
  });
});
