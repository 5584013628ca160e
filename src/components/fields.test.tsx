import { render, screen } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../i18n';
import { EnumField, LocaleDateField, LocaleNumberField } from './fields';

function renderField(field: React.ReactNode, record: Record<string, unknown>, locale = 'en') {
  return render(
    <AdminContext i18nProvider={createI18nProvider(locale)}>
      <RecordContextProvider value={{ id: 1, ...record }}>
        <span data-testid="field">{field}</span>
      </RecordContextProvider>
    </AdminContext>,
  );
}

describe('the locale fields', () => {
  it('show a date, a number and an enum value in the user’s language', () => {
    renderField(
      <>
        <LocaleDateField source="signedAt" />|<LocaleNumberField source="youth" />|<EnumField source="stage" group="stage" />
      </>,
      { signedAt: '2026-03-15', youth: 1200, stage: 'dormant' },
      'fr',
    );
    expect(screen.getByTestId('field').textContent).toMatch(/^15 mars 2026\|1\s200\|En sommeil$/);
  });

  it('show nothing for a missing value, as a list cell should', () => {
    renderField(
      <>
        <LocaleDateField source="signedAt" />|<LocaleNumberField source="youth" />|<EnumField source="stage" group="stage" />
      </>,
      { signedAt: null },
    );
    expect(screen.getByTestId('field')).toHaveTextContent(/^\|\|$/);
  });

  it('show the empty text they are given, translated, for a missing value', () => {
    renderField(
      <>
        <LocaleDateField source="signedAt" emptyText="app.none" />|<LocaleNumberField source="youth" emptyText="app.none" />|
        <EnumField source="focusArea" group="focusArea" emptyText="app.none" />
      </>,
      { signedAt: null },
    );
    expect(screen.getByTestId('field')).toHaveTextContent(/^—\|—\|—$/);
  });
});
