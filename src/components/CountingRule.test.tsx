import { render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../i18n';
import { CountingRule } from './CountingRule';

const renderRule = (locale: string, props: Parameters<typeof CountingRule>[0]) =>
  render(
    <AdminContext i18nProvider={createI18nProvider(locale)}>
      <CountingRule {...props} />
    </AdminContext>,
  );

describe('the counting rule', () => {
  it('says in plain words what counts, up to the last day of the window', () => {
    renderRule('en', { startDate: '2023-03-01', endDate: '2028-03-01', target: 500 });
    expect(
      screen.getByText(
        'A partnership counts toward 500 when it belongs to the 500 in 5 cohort, was signed between Mar 1, 2023 and Feb 29, 2028, and is signed, active or dormant today.',
      ),
    ).toBeInTheDocument();
  });

  it('says it in French, with the figures of other settings', () => {
    renderRule('fr', { startDate: '2024-01-01', endDate: '2027-01-01', target: 1200 });
    expect(screen.getByText(/^Un partenariat compte pour l’objectif de 1\s200 .* signé entre le 1 janv\. 2024 et le 31 déc\. 2026, /)).toBeInTheDocument();
  });
});
