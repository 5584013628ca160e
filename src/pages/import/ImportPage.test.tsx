import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoSeed, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

const api = useMockApi({ data: () => ({ ...demoSeed(), cities: [], partnerships: [], events: [], programs: [], inquiries: [] }) });
// The whole app over the API in the page: on a busy two-core box that takes a while.
const fullApp = { timeout: 60_000 };

const file = () => new File(['Nom,Pays,Population\nImportville,GH,12000\n,GH,\n'], 'villes.csv', { type: 'text/csv' });

describe('importing cities from a file', fullApp, () => {
  it('maps the columns from their French names, lists the errors, imports, and undoes', async () => {
    const user = userEvent.setup();
    localStorage.clear();
    renderApp('/import');

    await user.upload(await screen.findByLabelText('File (CSV or XLSX)'), file());
    expect(await screen.findByRole('combobox', { name: 'Name' })).toHaveValue('Nom');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Pays');

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('1 to create, 0 to update, 0 to skip, 1 refused')).toBeInTheDocument();
    const errors = screen.getByRole('table', { name: 'Rows with errors' });
    expect(within(errors).getAllByRole('row')[1]).toHaveTextContent(/3\s*Name\s*Required/);
    expect(await api.all('cities')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 1 created, 0 updated, 0 skipped, 1 refused')).toBeInTheDocument();
    expect((await api.all('cities')).map((city) => [city.name, city.population])).toEqual([['Importville', 12000]]);
    expect(JSON.parse(localStorage.getItem('500in5.importMapping.cities')!)).toEqual({ name: 'Nom', country: 'Pays', population: 'Population' });

    await user.click(screen.getByRole('button', { name: 'Undo this import' }));
    expect(await screen.findByText('The import was undone: 1 record taken back')).toBeInTheDocument();
    expect(await api.all('cities')).toEqual([]);
  });
});
